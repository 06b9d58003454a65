package org.iwtraining.booking.bookings;

import java.util.List;

import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.problem.DomainException.Kind;

/**
 * Why a person may not book a session now. A coordinator may book over the overridable ones with an
 * {@code overrideReason} (a refresher, a waiver agreed in practice); the others hold for everyone.
 */
public enum Refusal {
    UNKNOWN_SESSION(Kind.NOT_FOUND, false, "Session not found", "The session does not exist"),
    UNKNOWN_PERSON(Kind.REFUSED, false, "Unknown person", "The person is not known; send them from HR first"),
    PERSON_LEFT(Kind.REFUSED, false, "Person has left", "The person has left and books nothing new"),
    SESSION_CLOSED(Kind.CONFLICT, false, "Session closed", "The session has started or was cancelled"),
    ALREADY_BOOKED(Kind.CONFLICT, false, "Already booked", "The person already holds or waits for a place on this session"),
    OVERLAPPING_BOOKING(Kind.CONFLICT, false, "Overlapping booking", "The person holds a confirmed place at an overlapping time"),
    ALREADY_BOOKED_FOR_MODULE(Kind.REFUSED, true, "Already booked for this module",
            "The person holds or waits for a place on another session that delivers one of this session's modules"),
    AUDIENCE_MISMATCH(Kind.REFUSED, true, "Audience mismatch", "The session is restricted to another audience"),
    ALREADY_TRAINED(Kind.REFUSED, true, "Already trained", "The person has completed every module of the session"),
    PREREQUISITE_MISSING(Kind.REFUSED, true, "Prerequisite missing", "The person lacks a prerequisite of the session's modules");

    private final Kind kind;
    private final boolean overridable;
    private final String title;
    private final String detail;

    Refusal(Kind kind, boolean overridable, String title, String detail) {
        this.kind = kind;
        this.overridable = overridable;
        this.title = title;
        this.detail = detail;
    }

    public boolean overridable() {
        return overridable;
    }

    /** The refusal as the service throws it; a missing prerequisite names the smallest sets that would open it. */
    public DomainException toException(List<List<String>> missing) {
        DomainException refused = new DomainException(kind, name(), title, detail);
        return this == PREREQUISITE_MISSING ? refused.with("missing", missing) : refused;
    }
}
