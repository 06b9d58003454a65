package org.iwtraining.followup;

/**
 * Where an open case stands: its first call not yet made, calls continuing because the cascade has not started, or
 * stalled (too many NOT_STARTED calls, or NO_CONTACT attempts in a row; escalated once to the trainer's manager).
 */
public enum CasePhase {
    AWAITING_FIRST_CALL, NOT_STARTED, STALLED
}
