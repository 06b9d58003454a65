package org.iwtraining.booking.sessions;

import java.time.Instant;

/** When one part of a session on several days runs. */
public record PartTimes(Instant startsAt, Instant endsAt) {
}
