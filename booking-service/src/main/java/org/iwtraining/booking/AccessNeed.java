package org.iwtraining.booking;

/** An access need a person may record; a session's room is checked against its attendees' needs. */
public enum AccessNeed {
    STEP_FREE_ACCESS, HEARING_LOOP, OTHER
}
