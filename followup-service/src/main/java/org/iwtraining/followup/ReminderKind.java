package org.iwtraining.followup;

/** A caller's daily digest, or the escalation of a late call to the caller's manager. */
public enum ReminderKind {
    DIGEST, ESCALATION
}
