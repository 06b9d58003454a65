package org.iwtraining.booking.notices;

import org.iwtraining.booking.outbox.OutboxEventType;

/** Why an attendee is written to; each kind is an outbox event type. */
public enum NoticeKind {
    CONFIRMED(OutboxEventType.NOTICE_CONFIRMED),
    WAITLISTED(OutboxEventType.NOTICE_WAITLISTED),
    PROMOTED(OutboxEventType.NOTICE_PROMOTED),
    CHANGED(OutboxEventType.NOTICE_CHANGED),
    CANCELLED(OutboxEventType.NOTICE_CANCELLED);

    private final OutboxEventType eventType;

    NoticeKind(OutboxEventType eventType) {
        this.eventType = eventType;
    }

    OutboxEventType eventType() {
        return eventType;
    }
}
