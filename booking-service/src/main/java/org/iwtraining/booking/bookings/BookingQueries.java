package org.iwtraining.booking.bookings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Booking;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.Requester;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.conventions.paging.Keyset;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.DomainException;

/** The read side of places: one place, a person's, a session's, the counts the invariants are checked on. */
@ApplicationScoped
@Transactional
public class BookingQueries {

    /** A session's list puts the confirmed first, then the waitlist: the first part of its sort key. */
    private static final String RANK = "(case when b.status = org.iwtraining.booking.BookingStatus.CONFIRMED then 0 else 1 end)";

    private final EntityManager em;

    public BookingQueries(EntityManager em) {
        this.em = em;
    }

    /** A place, if the asker may see it: an agency lead sees places of their own agency's people only. */
    public Optional<Placed> find(String bookingId, Requester requester) {
        return Booking.<Booking>findByIdOptional(bookingId).filter(b -> visible(b, requester))
                .map(b -> new Placed(b, positionOf(b)));
    }

    /** Whether the place's person is one the asker sees (by the person's agency now, not at booking time). */
    public boolean visible(Booking booking, Requester requester) {
        if (!requester.agencyBound()) {
            return true;
        }
        Person person = Person.findById(booking.personId);
        return person != null && requester.sees(person.agencyCode);
    }

    /** A person's places by first come first served order, cancelled ones included, each with its session. */
    public Page<Placed> ofPerson(String personId, PageRequest page) {
        List<Booking> rows = page.after() == null
                ? Booking.find("personId = ?1 order by seq", personId).page(0, page.fetchSize()).list()
                : Booking.find("personId = ?1 and seq > ?2 order by seq", personId, seq(page.after()))
                        .page(0, page.fetchSize()).list();
        // the page's sessions in one query, not one per row
        Map<String, TrainingSession> sessions = new HashMap<>();
        List<String> sessionIds = rows.stream().map(b -> b.sessionId).distinct().toList();
        if (!sessionIds.isEmpty()) {
            TrainingSession.<TrainingSession>list("id in ?1", sessionIds).forEach(s -> sessions.put(s.id, s));
        }
        return page.page(rows, b -> Long.toString(b.seq), b -> new Placed(b, positionOf(b), null, sessions.get(b.sessionId)));
    }

    /**
     * A session's confirmed places, then its waitlist, each first come first served: keyset on (rank, seq). An
     * agency-bound asker sees the places of their own agency's people only (positions still count everyone).
     */
    public Page<Placed> ofSession(String sessionId, PageRequest page, Requester requester) {
        if (TrainingSession.findById(sessionId) == null) {
            throw DomainException.notFound("Session", sessionId);
        }
        Optional<Keyset> after = Keyset.after(page);
        Optional<String> scope = requester.agencyScope();
        String where = "b.sessionId = :session and b.status in :live"
                + (scope.isPresent() ? " and b.personId in (select p.hrId from Person p where p.agencyCode = :agency)" : "")
                + (after.isPresent() ? " and (" + RANK + " > :rank or (" + RANK + " = :rank and b.seq > :seq))" : "");
        TypedQuery<Booking> query = em.createQuery("select b from Booking b where " + where + " order by " + RANK + ", b.seq",
                Booking.class)
                .setParameter("session", sessionId)
                .setParameter("live", List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED))
                .setMaxResults(page.fetchSize());
        after.ifPresent(key -> query.setParameter("rank", rank(key.value())).setParameter("seq", seq(key.id())));
        scope.ifPresent(agency -> query.setParameter("agency", agency));
        List<Booking> rows = query.getResultList();
        // the page's people in one query, for their names: a reader of the list need not ask person by person
        Map<String, Person> people = new HashMap<>();
        List<String> personIds = rows.stream().map(b -> b.personId).distinct().toList();
        if (!personIds.isEmpty()) {
            Person.<Person>list("hrId in ?1", personIds).forEach(p -> people.put(p.hrId, p));
        }
        // the waiting on one page are consecutive on the waitlist: count the first one's rank, then go on by one
        // (an agency lead's page skips other agencies' places: each of theirs is counted)
        List<Placed> placed = new ArrayList<>(rows.size());
        Integer position = null;
        for (Booking booking : rows) {
            if (booking.status == BookingStatus.WAITLISTED) {
                position = position == null || scope.isPresent() ? positionOf(booking) : position + 1;
            }
            placed.add(new Placed(booking, booking.status == BookingStatus.WAITLISTED ? position : null,
                    people.get(booking.personId), null));
        }
        return page.page(placed, p -> Keyset.key(p.position() == null ? 0 : 1, Long.toString(p.booking().seq)), p -> p);
    }

    /** The session a place is on, without loading the place (it is read again once its session is locked). */
    public Optional<String> sessionOf(String bookingId) {
        return em.createQuery("select b.sessionId from Booking b where b.id = ?1", String.class).setParameter(1, bookingId)
                .getResultStream().findFirst();
    }

    /** Confirmed places per agency code. */
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

    private static int rank(String value) {
        return switch (value) {
            case "0" -> 0;
            case "1" -> 1;
            default -> throw notOurCursor();
        };
    }

    private static long seq(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw notOurCursor();
        }
    }

    private static DomainException notOurCursor() {
        return DomainException.invalid("cursor", "is not a cursor this service issued");
    }
}
