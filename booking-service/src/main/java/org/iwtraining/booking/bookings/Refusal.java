package org.iwtraining.booking.bookings;

import java.util.List;
import java.util.Map;

import org.iwtraining.conventions.problem.ApiException;

/**
 * Why a person may not book a session now. A coordinator may book over the overridable ones with an
 * {@code overrideReason} (a refresher, a waiver agreed in practice); the others hold for everyone.
 */
public enum Refusal {
    UNKNOWN_SESSION(404, false, "Session not found", "The session does not exist"),
    UNKNOWN_PERSON(422, false, "Unknown person", "The person is not known; send them from HR first"),
    PERSON_LEFT(422, false, "Person has left", "The person has left and books nothing new"),
    SESSION_CLOSED(409, false, "Session closed", "The session has started or was cancelled"),
    ALREADY_BOOKED(409, false, "Already booked", "The person already holds or waits for a place on this session"),
    OVERLAPPING_BOOKING(409, false, "Overlapping booking", "The person holds a confirmed place at an overlapping time"),
    AUDIENCE_MISMATCH(422, true, "Audience mismatch", "The session is restricted to another audience"),
    ALREADY_TRAINED(422, true, "Already trained", "The person has completed every module of the session"),
    PREREQUISITE_MISSING(422, true, "Prerequisite missing", "The person lacks a prerequisite of the session's modules");

    private final int status;
    private final boolean overridable;
    private final String title;
    private final String detail;

    Refusal(int status, boolean overridable, String title, String detail) {
        this.status = status;
        this.overridable = overridable;
        this.title = title;
        this.detail = detail;
    }

    public boolean overridable() {
        return overridable;
    }

    public ApiException toException(List<List<String>> missing) {
        Map<String, Object> extensions = this == PREREQUISITE_MISSING ? Map.of("missing", missing) : Map.of();
        return new ApiException(status, name(), title, detail, List.of(), extensions);
    }
}
