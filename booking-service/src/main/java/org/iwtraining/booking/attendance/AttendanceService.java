package org.iwtraining.booking.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Attendance;
import org.iwtraining.booking.AttendanceStatus;
import org.iwtraining.booking.Booking;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.Completion;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.bookings.BookingService;
import org.iwtraining.booking.events.OutboxEvents;
import org.iwtraining.booking.people.TrainingRecordService;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.problem.DomainException.Kind;
import org.iwtraining.conventions.problem.FieldError;
import org.iwtraining.conventions.time.Zones;

/**
 * Attendance per part, and what follows from it: a person who attended every part completes every module of
 * the session once the last part has ended; a correction withdraws the completions it no longer supports.
 * Contact lists (seed 2.10) come from here too.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    private final EntityManager em;
    private final TrainingRecordService records;
    private final BookingService bookings;
    private final Clock clock;
    private final CascadeDetection cascades;
    private final OutboxEvents events;

    public AttendanceService(EntityManager em, TrainingRecordService records, BookingService bookings, Clock clock,
            CascadeDetection cascades, OutboxEvents events) {
        this.events = events;
        this.em = em;
        this.records = records;
        this.bookings = bookings;
        this.clock = clock;
        this.cascades = cascades;
    }

    /** What was recorded for one person, and whether the session now counts as completed for them. */
    public record Recorded(Attendance attendance, boolean completed) {
    }

    public List<Recorded> record(String sessionId, List<AttendanceEntry> entries) {
        TrainingSession session = TrainingSession.<TrainingSession>findByIdOptional(sessionId)
                .orElseThrow(() -> DomainException.notFound("Session", sessionId));
        Instant now = clock.instant();
        if (session.status == SessionStatus.CANCELLED) {
            throw DomainException.conflict("SESSION_CANCELLED", "Session cancelled", "A cancelled session has no attendance");
        }
        if (now.isBefore(session.startsAt)) {
            throw DomainException.conflict("SESSION_NOT_STARTED", "Session not started", "Attendance is recorded once the session has started");
        }
        validate(session, entries);
        boolean ended = !now.isBefore(session.endsAt);
        List<Recorded> recorded = entries.stream().map(entry -> {
            List<Integer> parts = partsOf(entry, session);
            Attendance attendance = Attendance.find("sessionId = ?1 and personId = ?2", sessionId, entry.personId()).firstResult();
            if (attendance == null) {
                attendance = new Attendance();
                attendance.sessionId = sessionId;
                attendance.personId = entry.personId();
            }
            AttendanceStatus before = attendance.status;
            attendance.status = entry.status();
            attendance.parts = Attendance.joinParts(parts);
            attendance.recordedAt = now;
            attendance.persist();
            boolean everyPart = attendedEveryPart(attendance, session);
            boolean completed = everyPart && ended;
            if (completed) {
                complete(attendance.personId, session);
            } else {
                records.withdrawSessionCompletions(entry.personId(), sessionId);
            }
            boolean heldPlace = heldPlace(sessionId, entry.personId());
            if (!everyPart && heldPlace) {
                bookings.flagLaterPlacesAtRisk(entry.personId(), session, sessionId);
            }
            if (entry.status() == AttendanceStatus.NO_SHOW && before != AttendanceStatus.NO_SHOW && heldPlace) {
                events.noShow(entry.personId(), session);
            }
            return new Recorded(attendance, completed);
        }).toList();
        cascades.tookPlace(session);
        return recorded;
    }

    /**
     * Attendance recorded before the last part ended completes once it has: the scheduled job's work.
     * Answers how many people completed a session.
     */
    public int completeEndedSessions() {
        List<Attendance> pending = em.createQuery("select a from Attendance a, TrainingSession s where s.id = a.sessionId "
                + "and a.status = ?1 and s.status = ?2 and s.endsAt <= ?3 and not exists (select c from Completion c "
                + "where c.personId = a.personId and c.sessionId = a.sessionId)", Attendance.class)
                .setParameter(1, AttendanceStatus.ATTENDED).setParameter(2, SessionStatus.SCHEDULED)
                .setParameter(3, clock.instant()).getResultList();
        int completed = 0;
        for (Attendance attendance : pending) {
            TrainingSession session = TrainingSession.findById(attendance.sessionId);
            if (attendedEveryPart(attendance, session)) {
                complete(attendance.personId, session);
                completed++;
            }
        }
        return completed;
    }

    /**
     * Who may be on the session's contact list: those who attended (once attendance is recorded; before,
     * the confirmed), and only if they consent now.
     */
    public List<Person> contacts(String sessionId) {
        TrainingSession.<TrainingSession>findByIdOptional(sessionId).orElseThrow(() -> DomainException.notFound("Session", sessionId));
        boolean attendanceRecorded = Attendance.count("sessionId", sessionId) > 0;
        String who = attendanceRecorded
                ? "select a.personId from Attendance a where a.sessionId = ?1 and a.status in ?2"
                : "select b.personId from Booking b where b.sessionId = ?1 and b.status = ?2";
        Object status = attendanceRecorded ? List.of(AttendanceStatus.ATTENDED, AttendanceStatus.PARTIAL) : BookingStatus.CONFIRMED;
        return em.createQuery("select p from Person p where p.shareContactConsent = true and p.leftAt is null and p.hrId in ("
                + who + ") order by p.familyName, p.givenName, p.hrId", Person.class)
                .setParameter(1, sessionId).setParameter(2, status).getResultList();
    }

    private static boolean attendedEveryPart(Attendance attendance, TrainingSession session) {
        return attendance.status == AttendanceStatus.ATTENDED && new HashSet<>(attendance.partList()).size() == session.parts.size();
    }

    /** Every module of the session not yet completed from it, dated the last part's end (Europe/London). */
    private void complete(String personId, TrainingSession session) {
        LocalDate completedOn = session.endsAt.atZone(Zones.LONDON).toLocalDate();
        Set<String> done = Completion.<Completion>list("personId = ?1 and sessionId = ?2", personId, session.id)
                .stream().map(c -> c.moduleRef).collect(Collectors.toSet());
        List<String> toDo = session.moduleRefs.stream().filter(ref -> !done.contains(ref)).toList();
        toDo.forEach(ref -> records.recordCompletion(personId, ref, completedOn, Completion.SESSION_SOURCE, session.id));
        if (done.isEmpty() && !toDo.isEmpty()) {
            events.sessionCompleted(personId, session);
        }
    }

    private static List<Integer> partsOf(AttendanceEntry entry, TrainingSession session) {
        List<Integer> given = entry.parts() == null ? List.of() : entry.parts();
        return switch (entry.status()) {
            case NO_SHOW -> List.of();
            case ATTENDED -> given.isEmpty() ? IntStream.rangeClosed(1, session.parts.size()).boxed().toList() : given;
            case PARTIAL -> given;
        };
    }

    private static boolean heldPlace(String sessionId, String personId) {
        return Booking.count("sessionId = ?1 and personId = ?2 and status = ?3", sessionId, personId, BookingStatus.CONFIRMED) > 0;
    }

    private static void validate(TrainingSession session, List<AttendanceEntry> entries) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            if (!seen.add(entry.personId())) {
                throw DomainException.invalid("[" + i + "].personId", "appears more than once");
            }
            List<Integer> parts = entry.parts() == null ? List.of() : entry.parts();
            for (int j = 0; j < parts.size(); j++) {
                if (parts.get(j) > session.parts.size()) {
                    throw DomainException.invalid("[" + i + "].parts[" + j + "]", "the session has " + session.parts.size() + " parts");
                }
            }
        }
        Set<String> known = Person.<Person>list("hrId in ?1", List.copyOf(seen)).stream().map(p -> p.hrId).collect(Collectors.toSet());
        for (int i = 0; i < entries.size(); i++) {
            if (!known.contains(entries.get(i).personId())) {
                throw new DomainException(Kind.REFUSED, "UNKNOWN_PERSON", "Unknown person", "No person '" + entries.get(i).personId() + "' is known",
                        List.of(new FieldError("[" + i + "].personId", "unknown person")), Map.of());
            }
        }
    }
}
