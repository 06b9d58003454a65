package org.iwtraining.followup;

/** SENDING while an instance holds the claim, SENT once the mail went out, FAILED until retried. */
public enum ReminderStatus {
    SENDING, SENT, FAILED
}
