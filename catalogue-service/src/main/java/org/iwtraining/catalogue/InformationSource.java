package org.iwtraining.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A key source of information (seed Appendix 3). */
@Entity
@Table(name = "source")
public class InformationSource extends PanacheEntityBase {

    @Id
    public int position;
    public String title;
    public String description;
    public String url;
}
