package org.iwtraining.booking.events;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.iwtraining.booking.Booking;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.Completion;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.SessionPart;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.client.ModuleData;
import org.iwtraining.booking.notices.NoticeBooking;
import org.iwtraining.booking.notices.NoticeKind;
import org.iwtraining.booking.notices.NoticeService;
import org.iwtraining.booking.outbox.OutboxEventType;
import org.iwtraining.booking.outbox.OutboxPayloads;
import org.iwtraining.booking.outbox.OutboxService;

/**
 * What booking's flows publish, each called inside the flow's transaction: the one place that turns a change
 * into events and notices, so each flow needs one call.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class OutboxEvents {

    private final OutboxService outbox;
    private final NoticeService notices;
    private final CatalogueClient catalogue;

    public OutboxEvents(OutboxService outbox, NoticeService notices, CatalogueClient catalogue) {
        this.outbox = outbox;
        this.notices = notices;
        this.catalogue = catalogue;
    }

    /**
     * completion.recorded for every completion; followup.requested too when a session of ours completed a
     * train-the-trainer module (prior learning from HR had no session to follow up).
     */
    public void completionRecorded(Completion completion) {
        outbox.publish(OutboxEventType.COMPLETION_RECORDED, completion.personId, new OutboxPayloads.CompletionRecorded(
                completion.personId, completion.moduleRef, completion.completedOn, completion.sessionId, completion.source));
        if (completion.sessionId == null) {
            return;
        }
        ModuleData module = catalogue.module(completion.moduleRef).orElse(null);
        if (module == null || !module.trainTheTrainer()) {
            return;
        }
        Person person = Person.findById(completion.personId);
        Person manager = managerOf(person);
        outbox.publish(OutboxEventType.FOLLOWUP_REQUESTED, completion.personId, new OutboxPayloads.FollowupRequested(
                person.hrId, nameOf(person), person.agencyCode, person.email, person.phone, module.ref(), module.process(),
                completion.sessionId, completion.completedOn, manager == null ? null : nameOf(manager),
                manager == null ? null : manager.email));
    }

    /** completion.revoked for each completion a session gave the person, before they are withdrawn. */
    public void sessionCompletionsRevoked(String personId, String sessionId) {
        for (Completion completion : Completion.<Completion>list("personId = ?1 and sessionId = ?2", personId, sessionId)) {
            outbox.publish(OutboxEventType.COMPLETION_REVOKED, personId,
                    new OutboxPayloads.CompletionRevoked(personId, completion.moduleRef, sessionId));
        }
    }

    public void personLeft(Person person) {
        outbox.publish(OutboxEventType.PERSON_LEFT, person.hrId, new OutboxPayloads.PersonLeft(person.hrId, person.agencyCode));
    }

    /** person.updated: the upsert changed the name, contact details, agency or manager of someone already known. */
    public void personUpdated(Person person) {
        Person manager = managerOf(person);
        outbox.publish(OutboxEventType.PERSON_UPDATED, person.hrId, new OutboxPayloads.PersonUpdated(person.hrId,
                nameOf(person), person.email, person.phone, person.agencyCode, manager == null ? null : nameOf(manager),
                manager == null ? null : manager.email));
    }

    /**
     * The person's line manager as HR gave it ({@code managerHrId}), if booking knows them and their data stands:
     * a manager who left or was erased is nobody to escalate to.
     */
    private static Person managerOf(Person person) {
        if (person.managerHrId == null) {
            return null;
        }
        Person manager = Person.findById(person.managerHrId);
        return manager == null || manager.hasLeft() || manager.erasedAt != null ? null : manager;
    }

    /** The notice for a new place: confirmed or waitlisted. */
    public void bookingPlaced(Booking booking, TrainingSession session, Person person) {
        notify(booking.status == BookingStatus.CONFIRMED ? NoticeKind.CONFIRMED : NoticeKind.WAITLISTED, booking, session, person);
    }

    public void bookingPromoted(Booking booking, TrainingSession session) {
        notify(NoticeKind.PROMOTED, booking, session, Person.findById(booking.personId));
    }

    public void bookingCancelled(Booking booking, TrainingSession session) {
        notify(NoticeKind.CANCELLED, booking, session, Person.findById(booking.personId));
    }

    /**
     * Before a session's details change: when its times or venue will differ, everyone holding or awaiting a
     * place there is told the new details (the confirmed with an updated invitation).
     */
    public void sessionChanging(TrainingSession session, String newVenue, List<SessionPart> newParts) {
        if (Objects.equals(session.venue, newVenue) && times(session.parts).equals(times(newParts))) {
            return;
        }
        List<NoticeBooking.Part> parts = times(newParts);
        for (Booking booking : Booking.<Booking>list("sessionId = ?1 and status in ?2 order by seq", session.id,
                List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED))) {
            Person person = Person.findById(booking.personId);
            notices.notify(NoticeKind.CHANGED, new NoticeBooking(booking.id, person.hrId, nameOf(person), person.email, session.id,
                    session.title, newVenue, parts, waitlistPosition(booking)));
        }
    }

    private void notify(NoticeKind kind, Booking booking, TrainingSession session, Person person) {
        notices.notify(kind, new NoticeBooking(booking.id, person.hrId, nameOf(person), person.email, session.id, session.title,
                session.venue, times(session.parts), waitlistPosition(booking)));
    }

    private static Integer waitlistPosition(Booking booking) {
        if (booking.status != BookingStatus.WAITLISTED || booking.seq == null) {
            return null;
        }
        return Math.toIntExact(Booking.count("sessionId = ?1 and status = ?2 and seq <= ?3", booking.sessionId,
                BookingStatus.WAITLISTED, booking.seq));
    }

    private static List<NoticeBooking.Part> times(List<SessionPart> parts) {
        return parts.stream().map(p -> new NoticeBooking.Part(p.startsAt, p.endsAt)).toList();
    }

    private static String nameOf(Person person) {
        return person.givenName + " " + person.familyName;
    }
}
