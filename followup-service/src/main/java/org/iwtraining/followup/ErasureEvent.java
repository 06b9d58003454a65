package org.iwtraining.followup;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An erasure already applied, by booking-service's event id, with what it erased: a redelivery answers the same. */
@Entity
@Table(name = "erasure_event")
public class ErasureEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "person_id")
    public String personId;
    public int cases;
    public int calls;
    public int reminders;
    @Column(name = "closed_cases")
    public int closedCases;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
