package org.iwtraining.booking.bookings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Booking;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.WaitReason;
import org.iwtraining.booking.events.OutboxEvents;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.ApiException;

/**
 * Places, waitlists and cancellations under the two invariants: never more confirmed places than capacity,
 * never an agency over its cap while caps hold. Every path that confirms a place first locks the session row
 * ({@link SessionLocks}) and only then counts, inside the same transaction.
 */
@ApplicationScoped
@Transactional
public class BookingService {

    private final EntityManager em;
    private final BookingRules rules;
    private final SessionLocks locks;
    private final Clock clock;
    private final OutboxEvents events;

    public BookingService(EntityManager em, BookingRules rules, SessionLocks locks, Clock clock, OutboxEvents events) {
        this.em = em;
        this.rules = rules;
        this.locks = locks;
        this.clock = clock;
        this.events = events;
    }

    /** A booking with its rank on the waitlist (null when confirmed or cancelled). */
    public record Placed(Booking booking, Integer position) {
    }

    /**
     * Books one person: confirmed, or waitlisted with the reason, or refused. An override reason books over
     * an audience, already-trained or prerequisite refusal, and is stored with the place.
     */
    public Placed book(String sessionId, String personId, String overrideReason) {
        if (locks.lockSessions(List.of(sessionId)).isEmpty()) {
            throw ApiException.notFound("Session", sessionId);
        }
        locks.lockPersons(List.of(personId));
        Verdict verdict = rules.check(List.of(new Candidate(personId, sessionId))).get(0);
        boolean overridden = overrideReason != null && !overrideReason.isBlank();
        if (!verdict.bookable() && !(overridden && verdict.bookableWithOverride())) {
            throw verdict.refusal().toException(verdict.missing());
        }
        TrainingSession session = TrainingSession.findById(sessionId);
        Person person = Person.findById(personId);
        Instant now = clock.instant();
        liftCapsIfDue(session, now);
        Booking booking = newBooking(session, person, now);
        booking.overrideReason = overridden ? overrideReason : null;
        decide(booking, session, confirmedByAgency(sessionId), now);
        booking.persist();
        em.flush();
        events.bookingPlaced(booking);
        return new Placed(booking, positionOf(booking));
    }

    /**
     * Confirms many places in one transaction, all or nothing (a cohort's confirm): every placement must
     * still pass the rules and get a confirmed place now, else 409 {@code PLACEMENT_NO_LONGER_FITS} naming
     * the first that does not, and nothing is booked.
     */
    public List<Booking> confirmAll(List<Candidate> placements) {
        if (placements.stream().map(Candidate::personId).distinct().count() != placements.size()) {
            throw new ApiException(409, "PLACEMENT_NO_LONGER_FITS", "Placements no longer fit",
                    "A person appears in more than one placement");
        }
        List<String> sessionIds = placements.stream().map(Candidate::sessionId).distinct().toList();
        locks.lockSessions(sessionIds);
        locks.lockPersons(placements.stream().map(Candidate::personId).toList());
        List<Verdict> verdicts = rules.check(placements);
        Instant now = clock.instant();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        List<Booking> booked = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            Candidate placement = placements.get(i);
            if (!verdicts.get(i).bookable()) {
                throw noLongerFits(placement, verdicts.get(i).refusal().name());
            }
            TrainingSession session = TrainingSession.findById(placement.sessionId());
            liftCapsIfDue(session, now);
            Map<String, Integer> sessionCounts = counts.computeIfAbsent(session.id, this::confirmedByAgency);
            Booking booking = newBooking(session, Person.findById(placement.personId()), now);
            decide(booking, session, sessionCounts, now);
            if (booking.status != BookingStatus.CONFIRMED) {
                throw noLongerFits(placement, booking.reason.name());
            }
            sessionCounts.merge(booking.agencyCode, 1, Integer::sum);
            booking.persist();
            booked.add(booking);
        }
        em.flush();
        booked.forEach(events::bookingPlaced);
        return booked;
    }

    public Optional<Placed> find(String bookingId) {
        return Booking.<Booking>findByIdOptional(bookingId).map(b -> new Placed(b, positionOf(b)));
    }

    /** A person's places by first come first served order, cancelled ones included. */
    public Page<Placed> ofPerson(String personId, PageRequest page) {
        List<Booking> rows = page.after() == null
                ? Booking.find("personId = ?1 order by seq", personId).page(0, page.fetchSize()).list()
                : Booking.find("personId = ?1 and seq > ?2 order by seq", personId, parseSeq(page.after()))
                        .page(0, page.fetchSize()).list();
        return page.page(rows, b -> Long.toString(b.seq), b -> new Placed(b, positionOf(b)));
    }

    /** A session's confirmed places, then its waitlist, each first come first served. */
    public Page<Placed> ofSession(String sessionId, PageRequest page) {
        if (TrainingSession.findById(sessionId) == null) {
            throw ApiException.notFound("Session", sessionId);
        }
        List<Booking> confirmed = Booking.list("sessionId = ?1 and status = ?2 order by seq", sessionId, BookingStatus.CONFIRMED);
        List<Booking> waiting = Booking.list("sessionId = ?1 and status = ?2 order by seq", sessionId, BookingStatus.WAITLISTED);
        List<Placed> all = new ArrayList<>();
        confirmed.forEach(b -> all.add(new Placed(b, null)));
        for (int i = 0; i < waiting.size(); i++) {
            all.add(new Placed(waiting.get(i), i + 1));
        }
        int from = 0;
        if (page.after() != null) {
            int after = (int) parseSeq(page.after());
            from = Math.min(after, all.size());
        }
        List<Placed> fetched = all.subList(from, Math.min(all.size(), from + page.fetchSize()));
        int start = from;
        return page.page(fetched, p -> Integer.toString(start + fetched.indexOf(p) + 1), p -> p);
    }

    /** Cancels a place; a freed confirmed place goes to the waitlist. Cancelling twice changes nothing. */
    public void cancel(String bookingId) {
        String sessionId = Booking.<Booking>findByIdOptional(bookingId).map(b -> b.sessionId)
                .orElseThrow(() -> ApiException.notFound("Booking", bookingId));
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
        release(booking, now);
        if (wasConfirmed) {
            promote(session, now);
            flagLaterPlacesAtRisk(booking.personId, session, null);
        }
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
                release(booking, now);
                if (wasConfirmed) {
                    promote(session, now);
                }
            }
        }
    }

    /** Cancels every place on a session (the session itself being cancelled). */
    public void cancelAllOn(TrainingSession session) {
        Instant now = clock.instant();
        List<Booking> live = Booking.list("sessionId = ?1 and status in ?2", session.id,
                List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED));
        for (Booking booking : live) {
            boolean wasConfirmed = booking.status == BookingStatus.CONFIRMED;
            release(booking, now);
            if (wasConfirmed) {
                flagLaterPlacesAtRisk(booking.personId, session, null);
            }
        }
    }

    /**
     * Fills free seats from the waitlist. While caps hold, the next place goes to the waiting person whose
     * agency has the fewest confirmed places and is under its cap, first come first served among equals;
     * afterwards strictly first come first served. The caller holds the session's lock.
     */
    public int promote(TrainingSession session, Instant now) {
        if (session.status != SessionStatus.SCHEDULED) {
            return 0;
        }
        em.flush();
        Map<String, Integer> counts = confirmedByAgency(session.id);
        int free = session.capacity - counts.values().stream().mapToInt(Integer::intValue).sum();
        if (free <= 0) {
            return 0;
        }
        List<Booking> waiting = new ArrayList<>(Booking.<Booking>list("sessionId = ?1 and status = ?2 order by seq",
                session.id, BookingStatus.WAITLISTED));
        boolean capsHold = session.capsHold(now);
        int cap = session.agencyCap();
        int promoted = 0;
        while (free > 0) {
            Optional<Booking> next = capsHold
                    ? waiting.stream().filter(b -> counts.getOrDefault(b.agencyCode, 0) < cap)
                            .min(Comparator.comparing((Booking b) -> counts.getOrDefault(b.agencyCode, 0))
                                    .thenComparing(b -> b.seq))
                    : waiting.stream().findFirst();
            if (next.isEmpty()) {
                break;
            }
            Booking pick = next.get();
            waiting.remove(pick);
            if (rules.holdsOverlappingPlace(pick.personId, session)) {
                continue;
            }
            pick.status = BookingStatus.CONFIRMED;
            pick.reason = null;
            pick.updatedAt = now;
            events.bookingPromoted(pick);
            counts.merge(pick.agencyCode, 1, Integer::sum);
            free--;
            promoted++;
        }
        em.flush();
        return promoted;
    }

    /**
     * The scheduled job's work: every session whose {@code capsLiftAt} has passed fills its free seats from
     * the waitlist, first come first served. Answers the number of places confirmed.
     */
    public int liftDueCaps() {
        Instant now = clock.instant();
        List<String> due = em.createQuery("select s.id from TrainingSession s where s.capsLifted = false "
                + "and s.status = ?1 and s.capsLiftAt <= ?2 and s.startsAt > ?2 order by s.id", String.class)
                .setParameter(1, SessionStatus.SCHEDULED).setParameter(2, now).getResultList();
        int promoted = 0;
        for (String id : due) {
            locks.lockSessions(List.of(id));
            promoted += liftCapsIfDue(TrainingSession.findById(id), now);
        }
        return promoted;
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

    public Map<String, Integer> confirmedByAgency(String sessionId) {
        Map<String, Integer> counts = new HashMap<>();
        List<Object[]> rows = em.createQuery("select b.agencyCode, count(b) from Booking b where b.sessionId = ?1 "
                + "and b.status = ?2 group by b.agencyCode", Object[].class)
                .setParameter(1, sessionId).setParameter(2, BookingStatus.CONFIRMED).getResultList();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    /** 1 for the first waiting person; null for a place that is not waiting. */
    public Integer positionOf(Booking booking) {
        if (booking.status != BookingStatus.WAITLISTED) {
            return null;
        }
        return Math.toIntExact(Booking.count("sessionId = ?1 and status = ?2 and seq <= ?3", booking.sessionId,
                BookingStatus.WAITLISTED, booking.seq));
    }

    private static long parseSeq(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("cursor", "is not a cursor this service issued");
        }
    }

    private int liftCapsIfDue(TrainingSession session, Instant now) {
        if (session.capsLifted || session.capsHold(now)) {
            return 0;
        }
        int promoted = promote(session, now);
        // a plain update: lifting caps is not an edit, so the session's ETag stays valid
        em.createNativeQuery("update training_session set caps_lifted = true where id = ?1")
                .setParameter(1, session.id).executeUpdate();
        em.refresh(session);
        return promoted;
    }

    /** FULL wins over AGENCY_CAP when both hold. */
    private static void decide(Booking booking, TrainingSession session, Map<String, Integer> counts, Instant now) {
        int confirmed = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (confirmed >= session.capacity) {
            booking.status = BookingStatus.WAITLISTED;
            booking.reason = WaitReason.FULL;
        } else if (session.capsHold(now) && counts.getOrDefault(booking.agencyCode, 0) >= session.agencyCap()) {
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

    private void release(Booking booking, Instant now) {
        events.bookingCancelled(booking);
        booking.status = BookingStatus.CANCELLED;
        booking.reason = null;
        booking.updatedAt = now;
    }

    private static ApiException noLongerFits(Candidate placement, String why) {
        return new ApiException(409, "PLACEMENT_NO_LONGER_FITS", "Placements no longer fit",
                "Placing " + placement.personId() + " on session " + placement.sessionId() + " is refused now: " + why,
                List.of(), Map.of("personId", placement.personId(), "sessionId", placement.sessionId(), "reason", why));
    }
}
