package org.iwtraining.booking.outbox;

import java.io.IOException;

import org.iwtraining.booking.OutboxEvent;

/**
 * Takes delivery of the outbox rows of one {@link OutboxEventType.Destination}. The dispatcher claims a row,
 * hands it to the receiver of its destination and records the outcome; a receiver only delivers. It is called
 * inside the claiming transaction and may be called again for a row it delivered (at least once).
 */
public interface Receiver {

    OutboxEventType.Destination destination();

    /** A throw is a failed attempt worth retrying, like {@link OutboxOutcome#retry}. */
    OutboxOutcome deliver(OutboxEventType type, OutboxEvent event) throws IOException, InterruptedException;
}
