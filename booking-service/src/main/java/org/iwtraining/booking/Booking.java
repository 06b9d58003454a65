package org.iwtraining.booking;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.Generated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person's place on a session: confirmed, waiting, or cancelled. */
@Entity
public class Booking extends PanacheEntityBase {

    @Id
    public String id;
    /** Assigned by the database in insertion order: first come, first served. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;
    public String sessionId;
    public String personId;
    public String agencyCode;
    @Enumerated(EnumType.STRING)
    public BookingStatus status;
    @Enumerated(EnumType.STRING)
    public WaitReason reason;
    public String overrideReason;
    public boolean prerequisiteAtRisk;
    public Instant createdAt;
    public Instant updatedAt;
}
