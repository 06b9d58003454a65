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
    /** Set when the place is cancelled: why, in the vocabulary and in free text, by whom (the token's subject), when. */
    @Enumerated(EnumType.STRING)
    public CancellationReason cancelReason;
    public String cancelNote;
    public String cancelledBy;
    public Instant cancelledAt;
    /** Cancelled inside {@code booking.cancellation.notice-days} working days of the session. */
    public boolean lateCancellation;
}
