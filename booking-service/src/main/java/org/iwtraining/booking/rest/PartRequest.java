package org.iwtraining.booking.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.iwtraining.booking.sessions.PartTimes;

/** One part of a session on several days. */
public record PartRequest(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt) {

    public PartTimes times() {
        return new PartTimes(startsAt.toInstant(), endsAt.toInstant());
    }

    static List<PartTimes> timesOf(List<PartRequest> parts) {
        return parts == null ? null : parts.stream().map(PartRequest::times).toList();
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
