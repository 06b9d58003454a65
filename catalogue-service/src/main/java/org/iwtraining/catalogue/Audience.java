package org.iwtraining.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An Appendix 1 row (the two manager audiences share the "Strategic / Senior / Middle" row). */
@Entity
public class Audience extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public String description;
    @Column(name = "plan_row")
    public String planRow;
    public int position;
}
