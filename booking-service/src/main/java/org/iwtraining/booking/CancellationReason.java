package org.iwtraining.booking;

/**
 * Why a place or a session was cancelled: a short vocabulary, with free text beside it. {@code NOT_GIVEN} is a
 * plain {@code DELETE /bookings/{id}}; {@code SESSION_CANCELLED} and {@code LEFT_ORGANISATION} are recorded by the
 * service itself (the places of a cancelled session, the places a leaver held).
 */
public enum CancellationReason {
    ILLNESS, WORK_PRESSURE, NO_LONGER_NEEDED, BOOKED_IN_ERROR, CLASHING_COMMITMENT, TRAINER_UNAVAILABLE,
    VENUE_UNAVAILABLE, TOO_FEW_BOOKINGS, OTHER, NOT_GIVEN, SESSION_CANCELLED, LEFT_ORGANISATION;

    /** What a person or a coordinator may give; the rest the service records itself. */
    public boolean givenByCaller() {
        return this != NOT_GIVEN && this != SESSION_CANCELLED && this != LEFT_ORGANISATION;
    }

    /** As a notice writes it. */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
