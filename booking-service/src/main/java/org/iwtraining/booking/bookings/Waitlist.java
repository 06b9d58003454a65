package org.iwtraining.booking.bookings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Booking;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.events.OutboxEvents;

/**
 * A session's waitlist: the one place that promotes waiting people to confirmed places and the one writer of
 * {@code caps_lifted}. Every method runs with the session's row lock held ({@link SessionLocks}), taken by
 * the caller or, for the scheduled job, here.
 */
@ApplicationScoped
@Transactional
public class Waitlist {

    private final EntityManager em;
    private final BookingRules rules;
    private final BookingQueries queries;
    private final SessionLocks locks;
    private final OutboxEvents events;
    private final Clock clock;

    public Waitlist(EntityManager em, BookingRules rules, BookingQueries queries, SessionLocks locks, OutboxEvents events,
            Clock clock) {
        this.em = em;
        this.rules = rules;
        this.queries = queries;
        this.locks = locks;
        this.events = events;
        this.clock = clock;
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
        Map<String, Integer> counts = queries.confirmedByAgency(session.id);
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
            confirm(pick, session, now);
            counts.merge(pick.agencyCode, 1, Integer::sum);
            free--;
            promoted++;
        }
        em.flush();
        return promoted;
    }

    /**
     * A waiting place becomes a confirmed one, with the notice a promotion writes: the one way a place leaves the
     * waitlist for a seat, whether the waitlist moves by itself or a coordinator gives the seat. The caller holds the
     * session's lock and has checked the seat is free.
     */
    void confirm(Booking waiting, TrainingSession session, Instant now) {
        waiting.status = BookingStatus.CONFIRMED;
        waiting.reason = null;
        waiting.updatedAt = now;
        events.bookingPromoted(waiting, session);
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

    /** Once {@code capsLiftAt} has passed, fills free seats first come first served, once; the caller holds the lock. */
    public int liftCapsIfDue(TrainingSession session, Instant now) {
        if (session.capsLifted || session.capsHold(now)) {
            return 0;
        }
        int promoted = promote(session, now);
        // a plain update: lifting caps is not an edit and leaves the version alone (the ETag, a digest of the
        // representation, changes all the same: capsLifted and the counts are in it)
        em.createNativeQuery("update training_session set caps_lifted = true where id = ?1")
                .setParameter(1, session.id).executeUpdate();
        em.refresh(session);
        return promoted;
    }

    /**
     * After a coordinator changed the session (capacity, policy): a moved {@code capsLiftAt} holds caps again
     * until it passes, and seats the change freed go to the waitlist. The caller holds the lock.
     */
    public void sessionChanged(TrainingSession session, Instant previousCapsLiftAt) {
        if (!session.capsLiftAt.equals(previousCapsLiftAt)) {
            session.capsLifted = false;
        }
        em.flush();
        promote(session, clock.instant());
    }
}
