package org.iwtraining.followup;

/** A follow-up case is open until the trainer cascades, leaves or loses the completion. */
public enum CaseStatus {
    OPEN, CLOSED
}
