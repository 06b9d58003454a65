package org.iwtraining.booking.notices;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.Booking;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.SessionPart;
import org.iwtraining.booking.TrainingSession;

/**
 * The facts a notice about one booking is written from, taken at the moment of the change.
 *
 * @param parts the session's parts in order
 * @param waitlistPosition the rank on the waiting list, for a waitlisted booking
 */
public record NoticeBooking(String bookingId, String personId, String name, String email, String sessionId, String title,
        String venue, List<Part> parts, Integer waitlistPosition) {

    /** The notice facts of a place, written to the person who holds it. */
    public static NoticeBooking of(Booking booking, TrainingSession session, Person person, Integer waitlistPosition) {
        return to(person, booking, session, person, waitlistPosition);
    }

    /** The facts of a place, written to someone else (the person's manager): {@code personId} stays the attendee's. */
    public static NoticeBooking to(Person recipient, Booking booking, TrainingSession session, Person attendee,
            Integer waitlistPosition) {
        return new NoticeBooking(booking == null ? null : booking.id, attendee.hrId, nameOf(recipient), recipient.email,
                session.id, session.title, session.venue, times(session.parts), waitlistPosition);
    }

    public static List<Part> times(List<SessionPart> parts) {
        return parts.stream().map(p -> new Part(p.startsAt, p.endsAt)).toList();
    }

    public static String nameOf(Person person) {
        return person.givenName + " " + person.familyName;
    }

    @Schema(name = "NoticePart", description = "One part of the session, as the notice gives it")
    public record Part(Instant startsAt, Instant endsAt) {
    }
}
