package org.iwtraining.booking;

/** Where a place stands. */
public enum BookingStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
