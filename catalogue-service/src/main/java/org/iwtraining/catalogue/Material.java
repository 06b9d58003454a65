package org.iwtraining.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A link to one of a module's materials, possibly localised for one local authority. */
@Entity
public class Material extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "module_ref")
    public String moduleRef;
    public int position;
    public String kind;
    public String title;
    public String url;
    public String version;
    @Column(name = "local_authority")
    public String localAuthority;
}
