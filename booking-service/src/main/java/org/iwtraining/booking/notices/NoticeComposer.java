package org.iwtraining.booking.notices;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iwtraining.booking.CancellationReason;
import org.iwtraining.booking.WaitReason;
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
            case CANCELLED -> notice.cancellationReason() == CancellationReason.SESSION_CANCELLED ? "Session cancelled: "
                    : "Place cancelled: ";
            case REMINDER -> "Reminder and joining instructions: ";
            case REMINDER_MANAGER -> "Copy of a reminder for " + notice.about() + ": ";
            case NO_SHOW -> "Did not attend: " + notice.about() + ", ";
            case COMPLETED -> "Training completed: " + notice.about() + ", ";
            case NETWORK -> "Your fellow attendees' contacts: ";
            case TRAINER_CANCELLED -> "Session cancelled: ";
        } + notice.title();
    }

    private static String body(NoticePayload notice) {
        String what = switch (notice.kind()) {
            case CONFIRMED -> "your place on this session is confirmed.";
            case WAITLISTED -> waiting(notice);
            case PROMOTED -> "a place came free and it is yours: your place on this session is confirmed.";
            case CHANGED -> "the details of this session have changed; the new details are below.";
            case CANCELLED -> notice.cancellationReason() == CancellationReason.SESSION_CANCELLED
                    ? "this session is cancelled, and with it your " + (notice.waitlistPosition() == null ? "place." : "booking on its waiting list.")
                    : notice.waitlistPosition() == null ? "your place on this session is cancelled."
                    : "your booking on the waiting list for this session is cancelled.";
            case REMINDER -> "a reminder: your place on this session is coming up. The joining instructions are below.";
            case REMINDER_MANAGER -> "for your information, " + notice.about() + " has a place on this session, which is coming up.";
            case NO_SHOW -> notice.about() + " had a place on this session but did not attend.";
            case COMPLETED -> notice.about() + " attended every part of this session and has completed it.";
            case NETWORK -> "thank you for taking part. These fellow attendees agreed to share their contact details, "
                    + "so you can keep in touch as a practitioner network:\n\n" + contacts(notice);
            case TRAINER_CANCELLED -> "this session, on which you were to train, is cancelled.";
        };
        String when = notice.parts().stream()
                .map(p -> "  " + DAY.format(p.startsAt().atZone(Zones.LONDON)) + " to " + TIME.format(p.endsAt().atZone(Zones.LONDON)))
                .collect(Collectors.joining("\n"));
        String why = notice.cancellationReason() == null || notice.cancellationReason() == CancellationReason.NOT_GIVEN ? ""
                : "Reason: " + notice.cancellationReason().words()
                        + (notice.cancellationNote() == null || notice.cancellationNote().isBlank() ? "" : " (" + notice.cancellationNote() + ")") + "\n";
        String joining = notice.kind() != NoticeKind.REMINDER && notice.kind() != NoticeKind.REMINDER_MANAGER ? ""
                : "\nJoining instructions:\n" + (notice.venue() == null ? "" : "  Venue: " + notice.venue() + "\n")
                        + (notice.joiningInstructions() == null || notice.joiningInstructions().isBlank()
                                ? "  Please arrive ten minutes before the start.\n"
                                : "  " + notice.joiningInstructions().replace("\n", "\n  ") + "\n");
        return "Dear " + notice.name() + ",\n\n" + what + "\n\n"
                + notice.title() + "\n"
                + "When (UK time):\n" + when + "\n"
                + (notice.venue() == null ? "" : "Where: " + notice.venue() + "\n")
                + why
                + (notice.bookingId() == null ? "" : "Booking reference: " + notice.bookingId() + "\n")
                + joining
                + (notice.calendarMethod() == null ? "" : "\nThe attached invitation updates your calendar.\n")
                + "\nIW training team\n";
    }

    private static String waiting(NoticePayload notice) {
        String why = notice.waitReason() == WaitReason.AGENCY_CAP
                ? "seats remain on this session, but your agency already holds its share of the places (so that the session "
                        + "mixes agencies, as multi-agency training should), so you are on its waiting list"
                : "the session is full for now, so you are on its waiting list";
        return why + " (position " + notice.waitlistPosition() + "). We will write again if a place comes free.";
    }

    private static String contacts(NoticePayload notice) {
        return notice.contacts() == null ? "" : notice.contacts().stream()
                .map(c -> "  " + c.name() + (c.agency() == null ? "" : ", " + c.agency())
                        + (c.email() == null ? "" : ", " + c.email()) + (c.phone() == null ? "" : ", " + c.phone()))
                .collect(Collectors.joining("\n"));
    }
}
