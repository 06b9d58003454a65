package org.iwtraining.booking;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/** One day (or half day) of a session. */
@Embeddable
public class SessionPart {

    public Instant startsAt;
    public Instant endsAt;

    public SessionPart() {
    }

    public SessionPart(Instant startsAt, Instant endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }
}
