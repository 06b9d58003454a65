package org.iwtraining.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A place sessions are held, with its rooms ({@link Room}). */
@Entity
public class Venue extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    public String address;
    @Version
    public long version;
}
