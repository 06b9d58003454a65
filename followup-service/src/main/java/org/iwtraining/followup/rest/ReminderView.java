package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.iwtraining.followup.Reminder;
import org.iwtraining.followup.ReminderKind;
import org.iwtraining.followup.ReminderStatus;

/** A reminder e-mail and its fate. */
public record ReminderView(String id, ReminderKind kind, String callerId, LocalDate forDate, String recipient,
        String subject, String body, ReminderStatus status, int attempts, String lastError, OffsetDateTime sentAt,
        OffsetDateTime createdAt) {

    public static ReminderView from(Reminder r) {
        return new ReminderView(r.id, r.kind, r.callerId, r.forDate, r.recipient, r.subject, r.body, r.status,
                r.attempts, r.lastError, r.sentAt, r.createdAt);
    }
}
