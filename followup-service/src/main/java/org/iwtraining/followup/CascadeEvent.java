package org.iwtraining.followup;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cascade session booking-service reported, kept so that a redelivery changes nothing. */
@Entity
@Table(name = "cascade_event")
public class CascadeEvent extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "closed_cases")
    public int closedCases;
    @Column(name = "recorded_cases")
    public int recordedCases;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    @Embeddable
    public record Key(@Column(name = "person_id") String personId,
            @Enumerated(EnumType.STRING) @Column(name = "process") Process process,
            @Column(name = "session_id") String sessionId) implements Serializable {
    }
}
