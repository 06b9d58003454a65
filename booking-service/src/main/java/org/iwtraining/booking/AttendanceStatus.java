package org.iwtraining.booking;

/** What a person did on a session's parts. */
public enum AttendanceStatus {
    ATTENDED, PARTIAL, NO_SHOW
}
