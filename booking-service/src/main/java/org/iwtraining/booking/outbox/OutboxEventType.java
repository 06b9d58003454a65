package org.iwtraining.booking.outbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events booking-service publishes, by their wire names. {@link #destination} says where the dispatcher
 * delivers the event itself; webhook subscriptions get their own {@link #WEBHOOK_DELIVERY} rows on top.
 */
public enum OutboxEventType {
    COMPLETION_RECORDED("completion.recorded", Destination.NONE),
    COMPLETION_REVOKED("completion.revoked", Destination.FOLLOWUP),
    FOLLOWUP_REQUESTED("followup.requested", Destination.FOLLOWUP),
    CASCADE_STARTED("cascade.started", Destination.FOLLOWUP),
    PERSON_LEFT("person.left", Destination.FOLLOWUP),
    PERSON_UPDATED("person.updated", Destination.FOLLOWUP),
    PERSON_ERASED("person.erased", Destination.FOLLOWUP),
    NOTICE_CONFIRMED("notice.confirmed", Destination.MAIL),
    NOTICE_WAITLISTED("notice.waitlisted", Destination.MAIL),
    NOTICE_PROMOTED("notice.promoted", Destination.MAIL),
    NOTICE_CHANGED("notice.changed", Destination.MAIL),
    NOTICE_CANCELLED("notice.cancelled", Destination.MAIL),
    NOTICE_REMINDER("notice.reminder", Destination.MAIL),
    NOTICE_REMINDER_MANAGER("notice.reminder-manager", Destination.MAIL),
    NOTICE_NO_SHOW("notice.no-show", Destination.MAIL),
    NOTICE_COMPLETED("notice.completed", Destination.MAIL),
    NOTICE_NETWORK("notice.network", Destination.MAIL),
    NOTICE_TRAINER_CANCELLED("notice.trainer-cancelled", Destination.MAIL),
    WEBHOOK_DELIVERY("webhook.delivery", Destination.WEBHOOK);

    /** Where the dispatcher delivers an event: to the {@link Receiver} for it, or nowhere (NONE: webhooks and the record). */
    public enum Destination {
        NONE, FOLLOWUP, MAIL, WEBHOOK
    }

    private final String wireName;
    private final Destination destination;

    OutboxEventType(String wireName, Destination destination) {
        this.wireName = wireName;
        this.destination = destination;
    }

    public String wireName() {
        return wireName;
    }

    public Destination destination() {
        return destination;
    }

    /** HR systems may subscribe to the domain events; notices are personal and deliveries are internal. */
    public boolean subscribable() {
        return destination == Destination.NONE || destination == Destination.FOLLOWUP;
    }

    public static Optional<OutboxEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
