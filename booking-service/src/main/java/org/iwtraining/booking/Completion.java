package org.iwtraining.booking;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of a person's training record: from one of our sessions, or prior learning reported by HR. */
@Entity
public class Completion extends PanacheEntityBase {

    public static final String SESSION_SOURCE = "SESSION";

    @Id
    public String id;
    public String personId;
    public String moduleRef;
    public LocalDate completedOn;
    public String source;
    public String sessionId;
    public Instant recordedAt;
}
