package org.iwtraining.followup;

/** A caller's daily digest, the escalation of a late call to the caller's manager, or a trainer's notice of a coming call. */
public enum ReminderKind {
    DIGEST, ESCALATION, TRAINER_NOTICE
}
