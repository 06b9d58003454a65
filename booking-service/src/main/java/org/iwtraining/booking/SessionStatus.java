package org.iwtraining.booking;

/** A session's life. */
public enum SessionStatus {
    SCHEDULED, CANCELLED
}
