package org.iwtraining.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One room of a venue: its seats and access features. A room a venue's change leaves out is retired, not
 * deleted (sessions may name it); a retired room takes no new session.
 */
@Entity
public class Room extends PanacheEntityBase {

    @Id
    public String id;
    public String venueId;
    public int position;
    public String name;
    public int seats;
    public boolean stepFree;
    public boolean hearingLoop;
    public String notes;
    public boolean retired;
}
