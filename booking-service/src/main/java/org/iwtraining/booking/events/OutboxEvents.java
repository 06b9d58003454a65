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
import org.iwtraining.booking.config.BookingConfig;
import org.iwtraining.booking.notices.NoticeBooking;
import org.iwtraining.booking.notices.NoticeContact;
import org.iwtraining.booking.notices.NoticeDetails;
import org.iwtraining.booking.notices.NoticeKind;
import org.iwtraining.booking.notices.NoticeRoom;
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

    private final BookingConfig config;

    public OutboxEvents(OutboxService outbox, NoticeService notices, CatalogueClient catalogue, BookingConfig config) {
        this.outbox = outbox;
        this.notices = notices;
        this.catalogue = catalogue;
        this.config = config;
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

    /**
     * The notice for a new place: confirmed, or waitlisted saying why (full, or the agency's share reached), written
     * from the facts the booking was decided on (with the waitlist position, for a waiting place).
     */
    public void bookingPlaced(Booking booking, NoticeBooking notice) {
        if (booking.status == BookingStatus.CONFIRMED) {
            notices.notify(NoticeKind.CONFIRMED, notice);
        } else {
            notices.notify(NoticeKind.WAITLISTED, notice, NoticeDetails.waiting(booking.reason));
        }
    }

    public void bookingPromoted(Booking booking, TrainingSession session) {
        notify(NoticeKind.PROMOTED, booking, session, Person.findById(booking.personId));
    }

    /** The cancellation notice, with the reason recorded on the booking (a session's cancellation gives its own). */
    public void bookingCancelled(Booking booking, TrainingSession session) {
        Person person = Person.findById(booking.personId);
        notices.notify(NoticeKind.CANCELLED, NoticeBooking.of(booking, session, person, waitlistPosition(booking)),
                NoticeDetails.cancelled(booking.cancelReason, booking.cancelNote));
    }

    /** A cancelled session tells each trainer why, with a cancelling invitation (attendees hear through their places). */
    public void sessionCancelled(TrainingSession session) {
        for (String trainerHrId : session.trainerHrIds) {
            Person trainer = Person.findById(trainerHrId);
            if (trainer != null) {
                notices.notify(NoticeKind.TRAINER_CANCELLED, NoticeBooking.to(trainer, null, session, trainer, null),
                        NoticeDetails.cancelled(session.cancelReason, session.cancelNote));
            }
        }
    }

    /** The person's manager hears of a no-show ({@code booking.notices.manager-no-show}). */
    public void noShow(String personId, TrainingSession session) {
        if (config.notices().managerNoShow()) {
            toManager(NoticeKind.NO_SHOW, personId, session);
        }
    }

    /** The person's manager hears of a completed session ({@code booking.notices.manager-completion}). */
    public void sessionCompleted(String personId, TrainingSession session) {
        if (config.notices().managerCompletion()) {
            toManager(NoticeKind.COMPLETED, personId, session);
        }
    }

    /** Practitioner networks (seed 2.10): each consenting attendee gets the other consenting attendees' contacts. */
    public void practitionerNetwork(TrainingSession session, List<Person> consenting) {
        for (Person person : consenting) {
            List<NoticeContact> others = consenting.stream().filter(p -> !p.hrId.equals(person.hrId))
                    .map(p -> new NoticeContact(p.hrId, NoticeBooking.nameOf(p), p.agencyCode, p.email, p.phone)).toList();
            if (!others.isEmpty()) {
                notices.notify(NoticeKind.NETWORK, NoticeBooking.to(person, null, session, person, null), NoticeDetails.network(others));
            }
        }
    }

    private void toManager(NoticeKind kind, String personId, TrainingSession session) {
        Person person = Person.findById(personId);
        Person manager = person == null || person.managerHrId == null ? null : Person.findById(person.managerHrId);
        if (manager == null || manager.hasLeft()) {
            return;
        }
        Booking booking = Booking.find("sessionId = ?1 and personId = ?2 order by seq desc", session.id, personId).firstResult();
        notices.notify(kind, NoticeBooking.to(manager, booking, session, person, null), NoticeDetails.about(NoticeBooking.nameOf(person)));
    }

    /**
     * Before a session's details change: when its times, venue or room will differ, everyone holding or awaiting
     * a place there is told the new details (the confirmed with an updated invitation).
     */
    public void sessionChanging(TrainingSession session, String newVenue, String newRoomId, List<SessionPart> newParts) {
        if (Objects.equals(session.venue, newVenue) && Objects.equals(session.roomId, newRoomId)
                && times(session.parts).equals(times(newParts))) {
            return;
        }
        NoticeRoom room = NoticeRoom.of(newRoomId);
        List<NoticeBooking.Part> parts = times(newParts);
        for (Booking booking : Booking.<Booking>list("sessionId = ?1 and status in ?2 order by seq", session.id,
                List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED))) {
            Person person = Person.findById(booking.personId);
            notices.notify(NoticeKind.CHANGED, new NoticeBooking(booking.id, person.hrId, nameOf(person), person.email, session.id,
                    session.title, newVenue, room, parts, waitlistPosition(booking)));
        }
    }

    private void notify(NoticeKind kind, Booking booking, TrainingSession session, Person person) {
        notices.notify(kind, NoticeBooking.of(booking, session, person, waitlistPosition(booking)));
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
