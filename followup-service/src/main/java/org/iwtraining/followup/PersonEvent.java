package org.iwtraining.followup;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person event already applied, kept so that a redelivery changes nothing and answers the same. */
@Entity
@Table(name = "person_event")
public class PersonEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "person_id")
    public String personId;
    @Enumerated(EnumType.STRING)
    public PersonEventType type;
    @Column(name = "closed_cases")
    public int closedCases;
    @Column(name = "updated_cases")
    public int updatedCases;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
