package org.iwtraining.booking.bookings;

import org.iwtraining.booking.CancellationReason;

/**
 * Why a place or a session is cancelled and by whom.
 *
 * @param reason a word of the vocabulary
 * @param note free text beside it, may be null
 * @param by the token subject of who cancelled; null for the service's own work
 */
public record Cancellation(CancellationReason reason, String note, String by) {

    public static Cancellation notGiven(String by) {
        return new Cancellation(CancellationReason.NOT_GIVEN, null, by);
    }
}
