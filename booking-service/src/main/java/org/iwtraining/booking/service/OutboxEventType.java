package org.iwtraining.booking.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events booking-service publishes, by their wire names. {@link #receiver} says where the dispatcher
 * delivers the event itself; webhook subscriptions get their own {@link #WEBHOOK_DELIVERY} rows on top.
 */
public enum OutboxEventType {
    COMPLETION_RECORDED("completion.recorded", Receiver.NONE),
    COMPLETION_REVOKED("completion.revoked", Receiver.FOLLOWUP),
    FOLLOWUP_REQUESTED("followup.requested", Receiver.FOLLOWUP),
    CASCADE_STARTED("cascade.started", Receiver.FOLLOWUP),
    PERSON_LEFT("person.left", Receiver.FOLLOWUP),
    PERSON_UPDATED("person.updated", Receiver.FOLLOWUP),
    NOTICE_CONFIRMED("notice.confirmed", Receiver.MAIL),
    NOTICE_WAITLISTED("notice.waitlisted", Receiver.MAIL),
    NOTICE_PROMOTED("notice.promoted", Receiver.MAIL),
    NOTICE_CHANGED("notice.changed", Receiver.MAIL),
    NOTICE_CANCELLED("notice.cancelled", Receiver.MAIL),
    WEBHOOK_DELIVERY("webhook.delivery", Receiver.WEBHOOK);

    public enum Receiver {
        NONE, FOLLOWUP, MAIL, WEBHOOK
    }

    private final String wireName;
    private final Receiver receiver;

    OutboxEventType(String wireName, Receiver receiver) {
        this.wireName = wireName;
        this.receiver = receiver;
    }

    public String wireName() {
        return wireName;
    }

    public Receiver receiver() {
        return receiver;
    }

    /** HR systems may subscribe to the domain events; notices are personal and deliveries are internal. */
    public boolean subscribable() {
        return receiver == Receiver.NONE || receiver == Receiver.FOLLOWUP;
    }

    public static Optional<OutboxEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
