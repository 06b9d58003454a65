package org.iwtraining.booking.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.outbox.OutboxEventType;
import org.iwtraining.booking.outbox.OutboxPayloads;
import org.iwtraining.booking.outbox.OutboxService;
import org.iwtraining.conventions.time.Zones;

/**
 * Cascade detection, a domain rule (cascade.started): a trainer who completed a train-the-trainer module of a
 * process trains on a session of that process that takes place — it starts, or its attendance is recorded,
 * whichever comes first (a session recorded in the past counts at once; planning one does not, and a cancelled
 * one never counts). Once per (trainer, session).
 */
@ApplicationScoped
@Transactional
public class CascadeDetection {

    private static final int SESSIONS_PER_RUN = 200;

    private final OutboxService outbox;
    private final CatalogueClient catalogue;
    private final EntityManager em;
    private final Clock clock;

    public CascadeDetection(OutboxService outbox, CatalogueClient catalogue, EntityManager em, Clock clock) {
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.em = em;
        this.clock = clock;
    }

    /** Publishes what the session, if it has taken place, owes its trainers; the caller holds the change's transaction. */
    public void tookPlace(TrainingSession session) {
        Instant now = clock.instant();
        if (session.status == SessionStatus.CANCELLED || session.startsAt.isAfter(now) || session.process == null) {
            return;
        }
        for (String trainer : session.trainerHrIds) {
            if (completedTrainTheTrainerOf(trainer, session.process.name()) && firstFor(session.id, trainer, now)) {
                outbox.publish(OutboxEventType.CASCADE_STARTED, trainer, new OutboxPayloads.CascadeStarted(trainer,
                        session.process.name(), session.id, session.startsAt.atZone(Zones.LONDON).toLocalDate()));
            }
        }
        em.createNativeQuery("insert into cascade_checked_session (session_id, checked_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, session.id).setParameter(2, now).executeUpdate();
    }

    /** The job: sessions whose start has passed since it last looked. Answers how many it looked at. */
    public int startedSessions() {
        @SuppressWarnings("unchecked")
        List<String> started = em.createNativeQuery("select s.id from training_session s where s.starts_at <= ?1 "
                + "and s.status <> 'CANCELLED' and not exists (select 1 from cascade_checked_session c where c.session_id = s.id) "
                + "order by s.starts_at, s.id limit ?2").setParameter(1, clock.instant()).setParameter(2, SESSIONS_PER_RUN)
                .getResultList();
        started.forEach(id -> tookPlace(TrainingSession.findById(id)));
        return started.size();
    }

    private boolean completedTrainTheTrainerOf(String trainer, String process) {
        Set<String> refs = Set.copyOf(em.createQuery("select distinct c.moduleRef from Completion c where c.personId = ?1", String.class)
                .setParameter(1, trainer).getResultList());
        return refs.stream().map(catalogue::module).flatMap(Optional::stream)
                .anyMatch(m -> m.trainTheTrainer() && Objects.equals(m.process(), process));
    }

    private boolean firstFor(String sessionId, String trainer, Instant now) {
        return em.createNativeQuery("insert into cascade_event (session_id, trainer_id, published_at) values (?1, ?2, ?3) "
                + "on conflict do nothing").setParameter(1, sessionId).setParameter(2, trainer).setParameter(3, now)
                .executeUpdate() == 1;
    }
}
