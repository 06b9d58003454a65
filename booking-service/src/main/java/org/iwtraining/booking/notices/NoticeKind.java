package org.iwtraining.booking.notices;

import org.iwtraining.booking.outbox.OutboxEventType;

/** Why an attendee is written to; each kind is an outbox event type. */
public enum NoticeKind {
    CONFIRMED(OutboxEventType.NOTICE_CONFIRMED),
    WAITLISTED(OutboxEventType.NOTICE_WAITLISTED),
    PROMOTED(OutboxEventType.NOTICE_PROMOTED),
    CHANGED(OutboxEventType.NOTICE_CHANGED),
    CANCELLED(OutboxEventType.NOTICE_CANCELLED),
    /** To the attendee, {@code booking.reminders.days-before} working days before: joining instructions and the invitation. */
    REMINDER(OutboxEventType.NOTICE_REMINDER),
    /** The manager's copy of a reminder ({@code booking.reminders.copy-manager}). */
    REMINDER_MANAGER(OutboxEventType.NOTICE_REMINDER_MANAGER),
    /** To the manager: the attendee did not come ({@code booking.notices.manager-no-show}). */
    NO_SHOW(OutboxEventType.NOTICE_NO_SHOW),
    /** To the manager: the attendee completed the session ({@code booking.notices.manager-completion}). */
    COMPLETED(OutboxEventType.NOTICE_COMPLETED),
    /** To a consenting attendee after the session: the other consenting attendees' contacts (seed 2.10). */
    NETWORK(OutboxEventType.NOTICE_NETWORK),
    /** To a trainer of a cancelled session: why, with a cancelling invitation. */
    TRAINER_CANCELLED(OutboxEventType.NOTICE_TRAINER_CANCELLED);

    private final OutboxEventType eventType;

    NoticeKind(OutboxEventType eventType) {
        this.eventType = eventType;
    }

    /** Whether it is about a place that must still be confirmed when it is sent. */
    boolean needsLivePlace() {
        return this == REMINDER || this == REMINDER_MANAGER;
    }

    OutboxEventType eventType() {
        return eventType;
    }
}
