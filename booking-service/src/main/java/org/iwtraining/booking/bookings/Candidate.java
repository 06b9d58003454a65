package org.iwtraining.booking.bookings;

/** A (person, session) pair someone wants to book. */
public record Candidate(String personId, String sessionId) {
}
