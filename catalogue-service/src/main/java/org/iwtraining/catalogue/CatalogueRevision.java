package org.iwtraining.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The single row whose number changes with every module or plan change. */
@Entity
@Table(name = "catalogue_revision")
public class CatalogueRevision extends PanacheEntityBase {

    @Id
    public int id;
    public long revision;
}
