package org.iwtraining.booking.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.AttendanceStatus;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.config.BookingConfig;
import org.iwtraining.booking.outbox.OutboxEventType;
import org.iwtraining.booking.outbox.OutboxPayloads;
import org.iwtraining.booking.outbox.OutboxService;
import org.iwtraining.conventions.time.Zones;

/**
 * Cascade detection, a domain rule (cascade.started): a trainer who completed a train-the-trainer module of a
 * process (IW05 → IW, IS05 → IS, CAF03 → CAF, LP03 → LP, ISI10 → ISI, as the catalogue says) trained on a session
 * of that process (the session's own process, as booking derives it) that <em>took place</em>: its attendance is
 * recorded and shows at least {@code booking.cascade.min-attendees} people besides the session's trainers marked
 * ATTENDED or PARTIAL. A session that is planned, has merely started, or was attended by fewer proves nothing, and
 * a cancelled one never does. Once per (trainer, session); a later correction of the attendance withdraws nothing.
 */
@ApplicationScoped
@Transactional
public class CascadeDetection {

    private static final int SESSIONS_PER_RUN = 200;
    private static final List<AttendanceStatus> PRESENT = List.of(AttendanceStatus.ATTENDED, AttendanceStatus.PARTIAL);

    private final OutboxService outbox;
    private final CatalogueClient catalogue;
    private final EntityManager em;
    private final Clock clock;
    private final BookingConfig config;

    public CascadeDetection(OutboxService outbox, CatalogueClient catalogue, EntityManager em, Clock clock,
            BookingConfig config) {
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Publishes what the session, if its recorded attendance proves it took place, owes its trainers; the caller
     * holds the change's transaction (the attendance just recorded is flushed first, so it counts).
     */
    public void tookPlace(TrainingSession session) {
        Instant now = clock.instant();
        if (session.status == SessionStatus.CANCELLED || session.startsAt.isAfter(now) || session.process == null
                || session.trainerHrIds.isEmpty()) {
            return;
        }
        em.flush();
        if (em.createQuery("select count(a) from Attendance a where a.sessionId = ?1", Long.class)
                .setParameter(1, session.id).getSingleResult() == 0) {
            return;
        }
        markChecked(session.id, now);
        Attendees attendees = attendeesOf(session);
        if (attendees.count() < config.cascade().minAttendees()) {
            return;
        }
        for (String trainer : session.trainerHrIds) {
            if (completedTrainTheTrainerOf(trainer, session.process.name()) && firstFor(session.id, trainer, now)) {
                var day = session.startsAt.atZone(Zones.LONDON).toLocalDate();
                outbox.publish(OutboxEventType.CASCADE_STARTED, trainer, new OutboxPayloads.CascadeStarted(trainer,
                        session.process.name(), session.id, day, day, attendees.count(), attendees.byAgency(),
                        attendees.bySector()));
            }
        }
    }

    /**
     * The job: sessions with attendance recorded that the rule has not judged yet (recorded before it applied,
     * or by an instance that died mid-way). Answers how many it looked at.
     */
    public int uncheckedSessions() {
        @SuppressWarnings("unchecked")
        List<String> unchecked = em.createNativeQuery("select s.id from training_session s where s.starts_at <= ?1 "
                + "and s.status <> 'CANCELLED' and exists (select 1 from attendance a where a.session_id = s.id) "
                + "and not exists (select 1 from cascade_checked_session c where c.session_id = s.id) "
                + "order by s.starts_at, s.id limit ?2").setParameter(1, clock.instant()).setParameter(2, SESSIONS_PER_RUN)
                .getResultList();
        unchecked.forEach(id -> tookPlace(TrainingSession.findById(id)));
        return unchecked.size();
    }

    /** The attendees besides the trainers who attended (all or part), counted by agency and by sector. */
    record Attendees(int count, Map<String, Integer> byAgency, Map<String, Integer> bySector) {
    }

    private Attendees attendeesOf(TrainingSession session) {
        List<Object[]> rows = em.createQuery("select p.agencyCode, g.sector, count(a) from Attendance a, Person p, Agency g "
                + "where a.sessionId = ?1 and a.status in ?2 and p.hrId = a.personId and g.code = p.agencyCode "
                + "and a.personId not in ?3 group by p.agencyCode, g.sector", Object[].class)
                .setParameter(1, session.id).setParameter(2, PRESENT).setParameter(3, session.trainerHrIds)
                .getResultList();
        Map<String, Integer> byAgency = new TreeMap<>();
        Map<String, Integer> bySector = new TreeMap<>();
        int count = 0;
        for (Object[] row : rows) {
            int n = ((Number) row[2]).intValue();
            byAgency.merge((String) row[0], n, Integer::sum);
            bySector.merge(String.valueOf(row[1]), n, Integer::sum);
            count += n;
        }
        return new Attendees(count, byAgency, bySector);
    }

    private boolean completedTrainTheTrainerOf(String trainer, String process) {
        Set<String> refs = Set.copyOf(em.createQuery("select distinct c.moduleRef from Completion c where c.personId = ?1", String.class)
                .setParameter(1, trainer).getResultList());
        return refs.stream().map(catalogue::module).flatMap(Optional::stream)
                .anyMatch(m -> m.trainTheTrainer() && Objects.equals(m.process(), process));
    }

    private void markChecked(String sessionId, Instant now) {
        em.createNativeQuery("insert into cascade_checked_session (session_id, checked_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, sessionId).setParameter(2, now).executeUpdate();
    }

    private boolean firstFor(String sessionId, String trainer, Instant now) {
        return em.createNativeQuery("insert into cascade_event (session_id, trainer_id, published_at) values (?1, ?2, ?3) "
                + "on conflict do nothing").setParameter(1, sessionId).setParameter(2, trainer).setParameter(3, now)
                .executeUpdate() == 1;
    }
}
