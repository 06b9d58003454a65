package org.iwtraining.booking.service;

/** A (person, session) pair someone wants to book. */
public record Candidate(String personId, String sessionId) {
}
