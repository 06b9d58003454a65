package org.iwtraining.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A kind of material developed for each core course (seed 3.1). */
@Entity
@Table(name = "material_kind")
public class MaterialKind extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public String description;
    public int position;
}
