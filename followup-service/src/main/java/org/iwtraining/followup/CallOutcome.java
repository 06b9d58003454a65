package org.iwtraining.followup;

/** What a follow-up call found. */
public enum CallOutcome {
    CASCADE_STARTED, NOT_STARTED, NO_CONTACT
}
