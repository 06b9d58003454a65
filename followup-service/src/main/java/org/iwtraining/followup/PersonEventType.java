package org.iwtraining.followup;

/** What booking-service says happened to a person. */
public enum PersonEventType {
    LEFT, UPDATED, COMPLETION_REVOKED
}
