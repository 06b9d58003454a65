package org.iwtraining.catalogue;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A message every course carries (seed 3.2). */
@Entity
@Table(name = "common_message")
public class CommonMessage extends PanacheEntityBase {

    @Id
    public int position;
    public String text;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> points;
}
