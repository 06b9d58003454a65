package org.iwtraining.booking.bookings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Booking;
import org.iwtraining.booking.CancellationReason;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.Requester;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.WaitReason;
import org.iwtraining.booking.bookings.BookingFacts.PersonFacts;
import org.iwtraining.booking.bookings.BookingFacts.SessionFacts;
import org.iwtraining.booking.config.BookingConfig;
import org.iwtraining.booking.events.OutboxEvents;
import org.iwtraining.booking.notices.NoticeBooking;
import org.iwtraining.booking.notices.NoticeRoom;
import org.iwtraining.conventions.audit.AuditTransactions;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.problem.DomainException.Kind;
import org.iwtraining.conventions.problem.FieldError;
import org.iwtraining.conventions.time.Zones;
import org.iwtraining.conventions.workingdays.WorkingCalendar;

/**
 * Places and cancellations under the two invariants: never more confirmed places than capacity, never an
 * agency over its cap while caps hold. A booking is judged first, without locks (the catalogue may be asked);
 * then every path that confirms a place locks the session row ({@link SessionLocks}), judges again on the
 * facts read under the lock (asking the catalogue only what those facts newly raise), and only then counts,
 * inside the same transaction. Freed seats go to the {@link Waitlist}.
 */
@ApplicationScoped
@Transactional
public class BookingService {

    /** England and Wales working days by the statutory rules (one-off days are followup-service's). */
    private static final WorkingCalendar CALENDAR = WorkingCalendar.statutory();

    private final EntityManager em;
    private final BookingRules rules;
    private final SessionLocks locks;
    private final Waitlist waitlist;
    private final BookingQueries queries;
    private final Clock clock;
    private final OutboxEvents events;
    private final BookingConfig config;

    public BookingService(EntityManager em, BookingRules rules, SessionLocks locks, Waitlist waitlist, BookingQueries queries,
            Clock clock, OutboxEvents events, BookingConfig config) {
        this.config = config;
        this.em = em;
        this.rules = rules;
        this.locks = locks;
        this.waitlist = waitlist;
        this.queries = queries;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Books one person: confirmed, or waitlisted with the reason, or refused. An override reason books over
     * an audience, already-trained or prerequisite refusal, and is stored with the place. An agency-bound asker
     * (an agency lead) books people of their own agency only (anyone else is {@code UNKNOWN_PERSON}, as an
     * unknown id is) and books over no refusal ({@code OVERRIDE_NOT_ALLOWED}).
     * <p>
     * The rules are judged before any lock (their facts read in a transaction of their own, the catalogue asked after
     * it); under the session's and the person's row locks only what could have changed since is read again — the
     * session's version and counts, the person's version, live places, completions and waivers — and when any of it
     * did, the rules are judged again on the facts read under the locks. The notice is written from the facts judged.
     */
    public Placed book(String sessionId, String personId, String overrideReason, Requester requester) {
        List<Candidate> candidate = List.of(new Candidate(personId, sessionId));
        // first, before this transaction holds a connection: the reading's own transaction takes one of its own,
        // and requests each holding one while waiting for a second would drain the pool under load
        BookingRules.Verdicts unlocked = judgeBeforeLocks(candidate);
        PersonFacts judgedPerson = unlocked.facts().persons().get(personId);
        SessionFacts judgedSession = unlocked.facts().sessions().get(sessionId);
        boolean overridden = overrideReason != null && !overrideReason.isBlank();
        if (requester.agencyBound()) {
            if (judgedPerson == null || !requester.sees(judgedPerson.agencyCode)) {
                throw Refusal.UNKNOWN_PERSON.toException(List.of());
            }
            if (overridden) {
                throw new DomainException(Kind.REFUSED, "OVERRIDE_NOT_ALLOWED", "Override not allowed",
                        "Only a coordinator books over a refusal", List.of(new FieldError("overrideReason",
                                "only a coordinator books over a refusal")), Map.of());
            }
        }
        String judgedAgency = judgedPerson == null ? "" : judgedPerson.agencyCode;
        SessionLocks.LockedSession session = locks.lockSession(sessionId, judgedAgency)
                .orElseThrow(() -> DomainException.notFound("Session", sessionId));
        Optional<SessionLocks.LockedPerson> person = locks.lockPerson(personId);
        Instant now = clock.instant();
        boolean unchanged = judgedPerson != null && judgedSession != null && person.isPresent()
                && now.isBefore(judgedSession.startsAt()) && judgedSession.version() == session.version()
                && same(judgedPerson, person.get());
        Verdict verdict = unchanged ? unlocked.verdicts().get(0) : rules.judge(candidate, unlocked.answers()).verdicts().get(0);
        if (!verdict.bookable() && !(overridden && verdict.bookableWithOverride())) {
            throw verdict.toException();
        }
        String agencyCode = person.orElseThrow().agencyCode();
        if (requester.agencyBound() && !requester.sees(agencyCode)) {
            throw Refusal.UNKNOWN_PERSON.toException(List.of());
        }
        if (!session.capsLifted() && !session.capsHold(now)) {
            // caps lift now: the waitlist fills first, first come first served
            waitlist.liftCapsIfDue(TrainingSession.findById(sessionId), now);
            session = locks.lockSession(sessionId, agencyCode).orElseThrow();
        } else if (!agencyCode.equals(judgedAgency)) {
            session = locks.lockSession(sessionId, agencyCode).orElseThrow();
        }
        Booking booking = new Booking();
        booking.id = UUID.randomUUID().toString();
        booking.sessionId = sessionId;
        booking.personId = personId;
        booking.agencyCode = agencyCode;
        booking.createdAt = now;
        booking.updatedAt = now;
        booking.overrideReason = overridden ? overrideReason : null;
        decide(booking, session.capacity(), session.confirmed(), session.agencyConfirmed(), session.capsHold(now),
                session.agencyCap());
        booking.persist();
        em.flush();
        Integer position = queries.positionOf(booking);
        events.bookingPlaced(booking, unchanged
                ? new NoticeBooking(booking.id, personId, judgedPerson.name, judgedPerson.email, sessionId, judgedSession.title(),
                        judgedSession.venue(), NoticeRoom.of(judgedSession.roomId()), NoticeBooking.times(judgedSession.parts()),
                        position)
                : NoticeBooking.of(booking, TrainingSession.findById(sessionId), Person.findById(personId), position));
        return new Placed(booking, position);
    }

    /** Whether the person, as read under the row lock, is the one judged. */
    private static boolean same(PersonFacts judged, SessionLocks.LockedPerson locked) {
        return judged.version == locked.version() && judged.agencyCode.equals(locked.agencyCode()) && judged.left == locked.left()
                && judged.livePlaces.equals(locked.livePlaces()) && judged.completed.equals(locked.completed())
                && judged.waived.equals(locked.waived());
    }

    /**
     * The rules read and answered before any lock is taken: a slow catalogue keeps no session locked. The reading
     * transaction changes nothing and writes no audit row (the booking's own transaction does).
     */
    private BookingRules.Verdicts judgeBeforeLocks(List<Candidate> candidates) {
        return rules.answer(AuditTransactions.readingOnly(() -> rules.readBeforeLocks(candidates)), Map.of());
    }

    /**
     * Confirms many places in one transaction, all or nothing (a cohort's confirm): every placement must
     * still pass the rules and get a confirmed place now, else 409 {@code PLACEMENT_NO_LONGER_FITS} naming
     * the first that does not, and nothing is booked.
     */
    public List<Booking> confirmAll(List<Candidate> placements) {
        if (placements.stream().map(Candidate::personId).distinct().count() != placements.size()) {
            throw DomainException.conflict("PLACEMENT_NO_LONGER_FITS", "Placements no longer fit",
                    "A person appears in more than one placement");
        }
        BookingRules.Verdicts unlocked = judgeBeforeLocks(placements);
        List<String> sessionIds = placements.stream().map(Candidate::sessionId).distinct().toList();
        locks.lockSessions(sessionIds);
        locks.lockPersons(placements.stream().map(Candidate::personId).toList());
        List<Verdict> verdicts = rules.judge(placements, unlocked.answers()).verdicts();
        Instant now = clock.instant();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        List<Booking> booked = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            Candidate placement = placements.get(i);
            if (!verdicts.get(i).bookable()) {
                throw noLongerFits(placement, verdicts.get(i).refusal().name());
            }
            TrainingSession session = TrainingSession.findById(placement.sessionId());
            waitlist.liftCapsIfDue(session, now);
            Map<String, Integer> sessionCounts = counts.computeIfAbsent(session.id, queries::confirmedByAgency);
            Person person = Person.findById(placement.personId());
            Booking booking = newBooking(session, person, now);
            decide(booking, session.capacity, sessionCounts.values().stream().mapToInt(Integer::intValue).sum(),
                    sessionCounts.getOrDefault(booking.agencyCode, 0), session.capsHold(now), session.agencyCap());
            if (booking.status != BookingStatus.CONFIRMED) {
                throw noLongerFits(placement, booking.reason.name());
            }
            sessionCounts.merge(booking.agencyCode, 1, Integer::sum);
            booking.persist();
            booked.add(booking);
            people.add(person);
        }
        em.flush();
        for (int i = 0; i < booked.size(); i++) {
            events.bookingPlaced(booked.get(i), NoticeBooking.of(booked.get(i), TrainingSession.findById(booked.get(i).sessionId),
                    people.get(i), null));
        }
        return booked;
    }

    /**
     * Cancels a place, recording why and by whom; a freed confirmed place goes to the waitlist. Cancelling twice
     * changes nothing (the first reason stays). A confirmed place cancelled inside
     * {@code booking.cancellation.notice-days} working days of the session's first day is flagged late. An
     * agency-bound asker cancels places of their own agency's people only (any other is 404, as if unknown).
     */
    public void cancel(String bookingId, Cancellation cancellation, Requester requester) {
        String sessionId = Booking.<Booking>findByIdOptional(bookingId).filter(b -> queries.visible(b, requester))
                .map(b -> b.sessionId)
                .orElseThrow(() -> DomainException.notFound("Booking", bookingId));
        em.clear();
        locks.lockSessions(List.of(sessionId));
        Booking booking = Booking.findById(bookingId);
        if (booking.status == BookingStatus.CANCELLED) {
            return;
        }
        TrainingSession session = TrainingSession.findById(sessionId);
        Instant now = clock.instant();
        if (session.isClosed(now)) {
            throw Refusal.SESSION_CLOSED.toException(List.of());
        }
        boolean wasConfirmed = booking.status == BookingStatus.CONFIRMED;
        booking.lateCancellation = wasConfirmed && late(session, now);
        release(booking, session, now, cancellation);
        if (wasConfirmed) {
            waitlist.promote(session, now);
            flagLaterPlacesAtRisk(booking.personId, session, null);
        }
    }

    /**
     * A coordinator gives a waiting person a place: the waitlisted booking is confirmed when its session, scheduled
     * and not started, has a free seat, even when the person's agency is at its cap (the coordinator's decision
     * overrides the mix cap; capacity never gives way). Decided with the session's and then the person's row locks
     * held, on the counts the database keeps on the session row (V100), so a concurrent booking or promotion cannot
     * take the same seat. The person's confirmed place at an overlapping time still refuses it. The notice is the
     * one an automatic promotion writes.
     */
    public Booking confirmFromWaitlist(String bookingId) {
        // the session id alone, so that the place itself is read once, after the locks
        String sessionId = queries.sessionOf(bookingId).orElseThrow(() -> DomainException.notFound("Booking", bookingId));
        SessionLocks.LockedSession locked = locks.lockSession(sessionId, "").orElseThrow();
        Booking booking = Booking.findById(bookingId);
        locks.lockPersons(List.of(booking.personId));
        if (booking.status != BookingStatus.WAITLISTED) {
            throw DomainException.conflict("BOOKING_NOT_WAITLISTED", "Booking not waitlisted",
                    "Only a place on the waitlist can be given a seat; this one is "
                            + booking.status.name().toLowerCase(Locale.UK));
        }
        TrainingSession session = TrainingSession.findById(sessionId);
        Instant now = clock.instant();
        if (session.isClosed(now)) {
            throw Refusal.SESSION_CLOSED.toException(List.of());
        }
        if (locked.confirmed() >= locked.capacity()) {
            throw DomainException.conflict("SESSION_FULL", "Session full",
                    "Every seat of the session is taken; a place frees when someone cancels");
        }
        if (rules.holdsOverlappingPlace(booking.personId, session)) {
            throw Refusal.OVERLAPPING_BOOKING.toException(List.of());
        }
        waitlist.confirm(booking, session, now);
        em.flush();
        return booking;
    }

    /** Fewer than the notice period's working days before the session's first day (Europe/London). */
    private boolean late(TrainingSession session, Instant now) {
        LocalDate today = now.atZone(Zones.LONDON).toLocalDate();
        LocalDate sessionDay = session.startsAt.atZone(Zones.LONDON).toLocalDate();
        return today.isAfter(CALENDAR.minusWorkingDays(sessionDay, config.cancellation().noticeDays()));
    }

    /** A leaver: no new bookings, and every place on a session not yet started is released. */
    public void leave(String personId, Instant leftAt) {
        Instant now = clock.instant();
        List<String> sessionIds = em.createQuery("select distinct b.sessionId from Booking b, TrainingSession s "
                + "where s.id = b.sessionId and b.personId = ?1 and b.status in ?2 and s.startsAt > ?3", String.class)
                .setParameter(1, personId).setParameter(2, List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED))
                .setParameter(3, now).getResultList();
        locks.lockSessions(sessionIds);
        locks.lockPersons(List.of(personId));
        Person person = Person.findById(personId);
        if (person.leftAt == null) {
            person.leftAt = leftAt;
            events.personLeft(person);
        }
        for (String sessionId : sessionIds.stream().sorted().toList()) {
            TrainingSession session = TrainingSession.findById(sessionId);
            List<Booking> live = Booking.list("sessionId = ?1 and personId = ?2 and status in ?3", sessionId, personId,
                    List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED));
            for (Booking booking : live) {
                boolean wasConfirmed = booking.status == BookingStatus.CONFIRMED;
                release(booking, session, now, new Cancellation(CancellationReason.LEFT_ORGANISATION, null, null));
                if (wasConfirmed) {
                    waitlist.promote(session, now);
                }
            }
        }
    }

    /**
     * Cancels every place on a session (the session itself being cancelled): each place records
     * {@code SESSION_CANCELLED} with the session's reason as its note, and its notice says why.
     */
    public void cancelAllOn(TrainingSession session, Cancellation why) {
        Instant now = clock.instant();
        List<Booking> live = Booking.list("sessionId = ?1 and status in ?2", session.id,
                List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED));
        String note = why.reason().words() + (why.note() == null || why.note().isBlank() ? "" : ": " + why.note());
        Cancellation cancellation = new Cancellation(CancellationReason.SESSION_CANCELLED, note, why.by());
        for (Booking booking : live) {
            boolean wasConfirmed = booking.status == BookingStatus.CONFIRMED;
            release(booking, session, now, cancellation);
            if (wasConfirmed) {
                flagLaterPlacesAtRisk(booking.personId, session, null);
            }
        }
    }

    /** Flags a person's later confirmed places whose prerequisites an earlier lost place was supplying. */
    public void flagLaterPlacesAtRisk(String personId, TrainingSession lost, String missedSessionId) {
        List<Booking> later = em.createQuery("select b from Booking b, TrainingSession s where s.id = b.sessionId "
                + "and b.personId = ?1 and b.status = ?2 and b.overrideReason is null and s.status = ?3 "
                + "and s.startsAt >= ?4 and s.id <> ?5", Booking.class)
                .setParameter(1, personId).setParameter(2, BookingStatus.CONFIRMED).setParameter(3, SessionStatus.SCHEDULED)
                .setParameter(4, lost.endsAt).setParameter(5, lost.id).getResultList();
        if (later.isEmpty()) {
            return;
        }
        Set<String> atRisk = rules.sessionsAtRisk(personId, later.stream().map(b -> b.sessionId).toList(), missedSessionId);
        later.stream().filter(b -> atRisk.contains(b.sessionId)).forEach(b -> b.prerequisiteAtRisk = true);
    }

    /** FULL wins over AGENCY_CAP when both hold. */
    private static void decide(Booking booking, int capacity, int confirmed, int agencyConfirmed, boolean capsHold,
            int agencyCap) {
        if (confirmed >= capacity) {
            booking.status = BookingStatus.WAITLISTED;
            booking.reason = WaitReason.FULL;
        } else if (capsHold && agencyConfirmed >= agencyCap) {
            booking.status = BookingStatus.WAITLISTED;
            booking.reason = WaitReason.AGENCY_CAP;
        } else {
            booking.status = BookingStatus.CONFIRMED;
            booking.reason = null;
        }
    }

    private static Booking newBooking(TrainingSession session, Person person, Instant now) {
        Booking booking = new Booking();
        booking.id = UUID.randomUUID().toString();
        booking.sessionId = session.id;
        booking.personId = person.hrId;
        booking.agencyCode = person.agencyCode;
        booking.createdAt = now;
        booking.updatedAt = now;
        return booking;
    }

    private void release(Booking booking, TrainingSession session, Instant now, Cancellation cancellation) {
        booking.cancelReason = cancellation.reason();
        booking.cancelNote = cancellation.note();
        booking.cancelledBy = cancellation.by();
        booking.cancelledAt = now;
        events.bookingCancelled(booking, session);
        booking.status = BookingStatus.CANCELLED;
        booking.reason = null;
        booking.updatedAt = now;
    }

    private static DomainException noLongerFits(Candidate placement, String why) {
        return new DomainException(Kind.CONFLICT, "PLACEMENT_NO_LONGER_FITS", "Placements no longer fit",
                "Placing " + placement.personId() + " on session " + placement.sessionId() + " is refused now: " + why,
                List.<FieldError>of(),
                Map.of("personId", placement.personId(), "sessionId", placement.sessionId(), "reason", why));
    }
}
