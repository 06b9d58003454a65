package org.iwtraining.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An organisation people work for; its sector is what the agency mix of a session counts. */
@Entity
public class Agency extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public Sector sector;
    @Version
    public long version;
}
