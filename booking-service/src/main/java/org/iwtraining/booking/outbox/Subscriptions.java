package org.iwtraining.booking.outbox;

import java.util.List;

/** Who outside the suite subscribed to an event type: each gets a {@link OutboxEventType#WEBHOOK_DELIVERY} row of its own. */
public interface Subscriptions {

    /** The ids of the active subscriptions to the type, oldest first. */
    List<String> subscribersOf(OutboxEventType type);
}
