package org.iwtraining.booking.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;

/** One part of a session on several days. */
public record PartRequest(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt) {
}
