package org.iwtraining.booking.notices;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.booking.Booking;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingSession;
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

    private static boolean placeStillConfirmed(NoticePayload notice) {
        Booking booking = Booking.findById(notice.bookingId());
        TrainingSession session = booking == null ? null : TrainingSession.findById(booking.sessionId);
        return booking != null && booking.status == BookingStatus.CONFIRMED && session.status == SessionStatus.SCHEDULED;
    }

    @Override
    public OutboxEventType.Destination destination() {
        return OutboxEventType.Destination.MAIL;
    }

    @Override
    public OutboxOutcome deliver(OutboxEventType type, OutboxEvent event) throws IOException {
        NoticePayload notice = json.readValue(event.payload, NoticePayload.class);
        if (notice.kind().needsLivePlace() && !placeStillConfirmed(notice)) {
            // cancelled after the reminder was queued: a cancelled place is never reminded
            return OutboxOutcome.delivered();
        }
        mailer.send(composer.compose(notice));
        return OutboxOutcome.delivered();
    }
}
