package org.iwtraining.console.sessions;

/** What became of a booking: confirmed, or waitlisted at a position for a reason (in words). */
public record BookingOutcome(String personId, boolean confirmed, Integer position, String waitReason) {
}
