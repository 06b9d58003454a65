package org.iwtraining.booking.notices;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.outbox.OutboxEventType;
import org.iwtraining.booking.outbox.OutboxOutcome;
import org.iwtraining.booking.outbox.Receiver;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.mailer.Mailer;

/** The notice rows of the outbox: each one e-mail to the attendee. */
@ApplicationScoped
public class MailReceiver implements Receiver {

    private final NoticeComposer composer;
    private final Mailer mailer;
    private final ObjectMapper json;

    public MailReceiver(NoticeComposer composer, Mailer mailer, ObjectMapper json) {
        this.composer = composer;
        this.mailer = mailer;
        this.json = json;
    }

    @Override
    public OutboxEventType.Destination destination() {
        return OutboxEventType.Destination.MAIL;
    }

    @Override
    public OutboxOutcome deliver(OutboxEventType type, OutboxEvent event) throws IOException {
        mailer.send(composer.compose(json.readValue(event.payload, NoticePayload.class)));
        return OutboxOutcome.delivered();
    }
}
