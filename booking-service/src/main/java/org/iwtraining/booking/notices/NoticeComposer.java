package org.iwtraining.booking.notices;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iwtraining.conventions.time.Zones;

import io.quarkus.mailer.Mail;

/** Writes the e-mail for a notice, with its calendar invitation when the notice changes the attendee's calendar. */
@ApplicationScoped
public class NoticeComposer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final String from;

    public NoticeComposer(@ConfigProperty(name = "quarkus.mailer.from") String from) {
        this.from = from;
    }

    public Mail compose(NoticePayload notice) {
        Mail mail = Mail.withText(notice.email(), subject(notice), body(notice));
        if (notice.calendarMethod() != null) {
            mail.addAttachment("invite.ics", CalendarInvitation.of(notice, from).getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=" + notice.calendarMethod());
        }
        return mail;
    }

    static String subject(NoticePayload notice) {
        return switch (notice.kind()) {
            case CONFIRMED -> "Place confirmed: ";
            case WAITLISTED -> "On the waiting list: ";
            case PROMOTED -> "Place confirmed from the waiting list: ";
            case CHANGED -> "Session changed: ";
            case CANCELLED -> "Place cancelled: ";
        } + notice.title();
    }

    private static String body(NoticePayload notice) {
        String what = switch (notice.kind()) {
            case CONFIRMED -> "your place on this session is confirmed.";
            case WAITLISTED -> "the session is full for now, so you are on its waiting list (position " + notice.waitlistPosition()
                    + "). We will write again if a place comes free.";
            case PROMOTED -> "a place came free and it is yours: your place on this session is confirmed.";
            case CHANGED -> "the details of this session have changed; the new details are below.";
            case CANCELLED -> notice.waitlistPosition() == null ? "your place on this session is cancelled."
                    : "your booking on the waiting list for this session is cancelled.";
        };
        String when = notice.parts().stream()
                .map(p -> "  " + DAY.format(p.startsAt().atZone(Zones.LONDON)) + " to " + TIME.format(p.endsAt().atZone(Zones.LONDON)))
                .collect(Collectors.joining("\n"));
        return "Dear " + notice.name() + ",\n\n" + what + "\n\n"
                + notice.title() + "\n"
                + "When (UK time):\n" + when + "\n"
                + (notice.venue() == null ? "" : "Where: " + notice.venue() + "\n")
                + "Booking reference: " + notice.bookingId() + "\n"
                + (notice.calendarMethod() == null ? "" : "\nThe attached invitation updates your calendar.\n")
                + "\nIW training team\n";
    }
}
