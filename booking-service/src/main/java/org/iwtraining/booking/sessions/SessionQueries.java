package org.iwtraining.booking.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.AccessNeed;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.Room;
import org.iwtraining.booking.Sector;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingProcess;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.conventions.paging.Keyset;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.time.Zones;

/** The read side of sessions: snapshots with live counts, and the filtered list by start. */
@ApplicationScoped
@Transactional
public class SessionQueries {

    private final EntityManager em;
    private final Clock clock;

    public SessionQueries(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public Optional<SessionSnapshot> snapshot(String id) {
        return TrainingSession.<TrainingSession>findByIdOptional(id).map(s -> snapshots(List.of(s)).get(0));
    }

    /** Snapshots of many sessions with one counting query, in the order given. */
    public List<SessionSnapshot> snapshots(List<TrainingSession> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Integer>> confirmed = new HashMap<>();
        Map<String, Map<String, Sector>> sectors = new HashMap<>();
        Map<String, Integer> waitlisted = new HashMap<>();
        List<Object[]> rows = em.createQuery("select b.sessionId, b.agencyCode, a.sector, b.status, count(b) "
                + "from Booking b, Agency a where a.code = b.agencyCode and b.sessionId in ?1 and b.status in ?2 "
                + "group by b.sessionId, b.agencyCode, a.sector, b.status", Object[].class)
                .setParameter(1, sessions.stream().map(s -> s.id).toList())
                .setParameter(2, List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED)).getResultList();
        for (Object[] row : rows) {
            String sessionId = (String) row[0];
            int count = ((Number) row[4]).intValue();
            if (row[3] == BookingStatus.CONFIRMED) {
                confirmed.computeIfAbsent(sessionId, k -> new TreeMap<>()).put((String) row[1], count);
                sectors.computeIfAbsent(sessionId, k -> new TreeMap<>()).put((String) row[1], (Sector) row[2]);
            } else {
                waitlisted.merge(sessionId, count, Integer::sum);
            }
        }
        Instant now = clock.instant();
        return sessions.stream().map(s -> new SessionSnapshot(s, confirmed.getOrDefault(s.id, Map.of()),
                sectors.getOrDefault(s.id, Map.of()), waitlisted.getOrDefault(s.id, 0), !s.capsHold(now))).toList();
    }

    /** An attendee's access need the session's room does not meet ({@code OTHER} is always listed: no room records it). */
    public record AccessMismatch(String hrId, AccessNeed need, String notes) {
    }

    /**
     * The confirmed attendees' access needs that the session's room does not meet: step-free access in a room
     * without it, a hearing loop in a room without one, and every {@code OTHER} need (to be checked by hand). A
     * session without a room meets none of them.
     */
    public List<AccessMismatch> accessMismatches(String sessionId) {
        TrainingSession session = TrainingSession.findById(sessionId);
        if (session == null) {
            return List.of();
        }
        Room room = session.roomId == null ? null : Room.findById(session.roomId);
        List<Person> attendees = em.createQuery("select p from Person p, Booking b where b.personId = p.hrId "
                + "and b.sessionId = :session and b.status = :confirmed and (p.accessStepFree = true "
                + "or p.accessHearingLoop = true or p.accessOther = true) order by p.hrId", Person.class)
                .setParameter("session", session.id).setParameter("confirmed", BookingStatus.CONFIRMED).getResultList();
        List<AccessMismatch> mismatches = new java.util.ArrayList<>();
        for (Person p : attendees) {
            if (p.accessStepFree && (room == null || !room.stepFree)) {
                mismatches.add(new AccessMismatch(p.hrId, AccessNeed.STEP_FREE_ACCESS, p.accessNotes));
            }
            if (p.accessHearingLoop && (room == null || !room.hearingLoop)) {
                mismatches.add(new AccessMismatch(p.hrId, AccessNeed.HEARING_LOOP, p.accessNotes));
            }
            if (p.accessOther) {
                mismatches.add(new AccessMismatch(p.hrId, AccessNeed.OTHER, p.accessNotes));
            }
        }
        return mismatches;
    }

    /** Sessions by start, then id; filters are optional ({@code ids} empty: any session). Dates are local-authority days (Europe/London). */
    public Page<SessionSnapshot> list(String module, TrainingProcess process, LocalDate from, LocalDate to,
            Boolean hasSpace, String trainer, List<String> ids, PageRequest page) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!ids.isEmpty()) {
            where.append(" and s.id in :ids");
            params.put("ids", ids);
        }
        if (module != null) {
            where.append(" and :module member of s.moduleRefs");
            params.put("module", module);
        }
        if (trainer != null) {
            where.append(" and :trainer member of s.trainerHrIds");
            params.put("trainer", trainer);
        }
        if (process != null) {
            where.append(" and s.process = :process");
            params.put("process", process);
        }
        if (from != null) {
            where.append(" and s.startsAt >= :from");
            params.put("from", from.atStartOfDay(Zones.LONDON).toInstant());
        }
        if (to != null) {
            where.append(" and s.startsAt < :to");
            params.put("to", to.plusDays(1).atStartOfDay(Zones.LONDON).toInstant());
        }
        if (hasSpace != null) {
            where.append(" and s.status = :scheduled and (select count(b) from Booking b where b.sessionId = s.id "
                    + "and b.status = :confirmed) ").append(hasSpace ? "<" : ">=").append(" s.capacity");
            params.put("scheduled", SessionStatus.SCHEDULED);
            params.put("confirmed", BookingStatus.CONFIRMED);
        }
        Keyset.after(page).ifPresent(after -> {
            params.put("afterStart", after.instant());
            params.put("afterId", after.id());
            where.append(" and (s.startsAt > :afterStart or (s.startsAt = :afterStart and s.id > :afterId))");
        });
        TypedQuery<TrainingSession> query = em.createQuery("select s from TrainingSession s " + where
                + " order by s.startsAt, s.id", TrainingSession.class).setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        List<TrainingSession> rows = query.getResultList();
        Page<TrainingSession> sessions = page.page(rows, s -> Keyset.key(s.startsAt, s.id), s -> s);
        return new Page<>(snapshots(sessions.items()), sessions.next());
    }
}
