package org.iwtraining.booking.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.CancellationReason;
import org.iwtraining.booking.bookings.Cancellation;
import org.iwtraining.conventions.problem.ApiException;

/** Why a place or a session is cancelled: a word of the vocabulary and, if wanted, free text. */
public record CancelRequest(
        @Schema(required = true, description = "ILLNESS, WORK_PRESSURE, NO_LONGER_NEEDED, BOOKED_IN_ERROR, CLASHING_COMMITMENT, "
                + "TRAINER_UNAVAILABLE, VENUE_UNAVAILABLE, TOO_FEW_BOOKINGS or OTHER (NOT_GIVEN, SESSION_CANCELLED and "
                + "LEFT_ORGANISATION are the service's own)") @NotNull CancellationReason reason,
        @Schema(description = "Free text beside the reason (required with OTHER)") @Size(max = 1000) String note) {

    /** The wing's command, with who cancelled; a reason the service keeps for itself is refused naming the field. */
    Cancellation cancellation(String by) {
        if (!reason.givenByCaller()) {
            throw ApiException.invalidField("reason", reason + " is recorded by the service itself, not given");
        }
        if (reason == CancellationReason.OTHER && (note == null || note.isBlank())) {
            throw ApiException.invalidField("note", "say why when the reason is OTHER");
        }
        return new Cancellation(reason, note == null || note.isBlank() ? null : note.strip(), by);
    }
}
