package org.iwtraining.booking.sessions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Audience;
import org.iwtraining.booking.Room;
import org.iwtraining.booking.SessionPart;
import org.iwtraining.booking.TrainingProcess;
import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.client.CourseCheck;
import org.iwtraining.booking.people.TrainerService;
import org.iwtraining.booking.venues.VenueService;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.problem.DomainException.Kind;
import org.iwtraining.conventions.problem.FieldError;

/**
 * What a session is held to when it is created or changed, in this order: its room exists and seats its capacity
 * (422 {@code UNKNOWN_ROOM}, {@code ROOM_TOO_SMALL}); its trainers are qualified for its process (422
 * {@code TRAINER_NOT_QUALIFIED}); its modules keep the course rules, as catalogue-service's one evaluator
 * answers them (422 {@code SESSION_RULES_BROKEN} listing each rule); then, under a transaction-scoped advisory
 * lock per trainer and per room (so two simultaneous sessions for one trainer or room serialise), no trainer
 * and no room is on an overlapping session that is not cancelled (409 {@code TRAINER_CLASH}, {@code ROOM_CLASH}).
 * An {@code overrideReason} accepts the unqualified trainers and the broken rules (never a clash), and is stored.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SessionChecks {

    private final EntityManager em;
    private final VenueService venues;
    private final TrainerService trainers;
    private final CatalogueClient catalogue;

    public SessionChecks(EntityManager em, VenueService venues, TrainerService trainers, CatalogueClient catalogue) {
        this.em = em;
        this.venues = venues;
        this.trainers = trainers;
        this.catalogue = catalogue;
    }

    /**
     * What is checked: the session (null while it is being created), what it delivers, to whom, where and when.
     * {@code keptTrainerOverride} and {@code keptRulesOverride} are the reasons a change keeps from before.
     */
    public record Proposal(String sessionId, String courseId, boolean wholeCourse, List<String> moduleRefs,
            TrainingProcess process, Audience audience, int capacity, List<String> trainerHrIds, String roomId,
            List<SessionPart> parts, String overrideReason, String keptTrainerOverride, String keptRulesOverride) {
    }

    /** What the checks leave on the session: the reasons stored (null when nothing was overridden), the entry requirements. */
    public record Held(String trainerOverrideReason, String rulesOverrideReason, String entryRequirements) {
    }

    public Held hold(Proposal p) {
        if (p.overrideReason() != null && p.overrideReason().isBlank()) {
            throw DomainException.invalid("overrideReason", "must not be blank when given");
        }
        if (p.roomId() != null) {
            Room room = venues.room(p.roomId()).orElseThrow(() -> new DomainException(Kind.REFUSED, "UNKNOWN_ROOM",
                    "Unknown room", "No room '" + p.roomId() + "' is known (or it was retired)",
                    List.of(new FieldError("roomId", "unknown room")), Map.of()));
            if (p.capacity() > room.seats) {
                throw new DomainException(Kind.REFUSED, "ROOM_TOO_SMALL", "Room too small",
                        "Room " + room.name + " seats " + room.seats + "; the session's capacity is " + p.capacity(),
                        List.of(new FieldError("capacity", "over the room's " + room.seats + " seats")), Map.of());
            }
        }
        List<String> trainerIds = p.trainerHrIds() == null ? List.of() : p.trainerHrIds();
        String trainerOverride = trainerOverride(p, trainerIds);
        CourseCheck.Answer answer = catalogue.checkCourse(new CourseCheck.Question(p.moduleRefs(), p.wholeCourse(),
                p.process().name(), p.audience() == null ? List.of() : List.of(p.audience().name()), p.courseId(),
                p.parts().stream().map(part -> (int) Duration.between(part.startsAt, part.endsAt).toMinutes()).toList()));
        String rulesOverride = null;
        if (!answer.violations().isEmpty()) {
            rulesOverride = p.overrideReason() != null ? p.overrideReason() : p.keptRulesOverride();
            if (rulesOverride == null) {
                List<FieldError> errors = answer.violations().stream()
                        .map(v -> new FieldError("DURATION_EXCEEDS_PARTS".equals(v.rule()) ? "parts" : "moduleRefs",
                                v.rule() + ": " + v.message())).toList();
                throw new DomainException(Kind.REFUSED, "SESSION_RULES_BROKEN", "Session breaks the course rules",
                        answer.violations().size() + " rule(s) broken; fix the session or give an overrideReason",
                        errors, Map.of()).with("violations", answer.violations());
            }
        }
        lock(trainerIds, p.roomId());
        requireNoClash(p, trainerIds);
        return new Held(trainerOverride, rulesOverride, answer.entryRequirements());
    }

    private String trainerOverride(Proposal p, List<String> trainerIds) {
        List<String> unqualified = trainers.unqualified(trainerIds, p.process());
        if (unqualified.isEmpty()) {
            return null;
        }
        String reason = p.overrideReason() != null ? p.overrideReason() : p.keptTrainerOverride();
        if (reason == null) {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < trainerIds.size(); i++) {
                if (unqualified.contains(trainerIds.get(i))) {
                    errors.add(new FieldError("trainerHrIds[" + i + "]", "has not completed "
                            + p.process().trainTheTrainerModule() + " nor holds an accreditation for " + p.process()));
                }
            }
            throw new DomainException(Kind.REFUSED, "TRAINER_NOT_QUALIFIED", "Trainer not qualified",
                    "A trainer of " + p.process() + " completed " + p.process().trainTheTrainerModule()
                            + " or holds an accreditation; give an overrideReason to accept " + unqualified,
                    errors, Map.of()).with("unqualified", unqualified);
        }
        return reason;
    }

    /** One advisory lock per trainer and per room, in key order, held until the transaction ends. */
    private void lock(List<String> trainerIds, String roomId) {
        TreeSet<Long> keys = new TreeSet<>();
        trainerIds.forEach(id -> keys.add(key("trainer:" + id)));
        if (roomId != null) {
            keys.add(key("room:" + roomId));
        }
        for (long key : keys) {
            em.createNativeQuery("select 1 from pg_advisory_xact_lock(:key)").setParameter("key", key).getSingleResult();
        }
    }

    private static long key(String name) {
        return UUID.nameUUIDFromBytes(("iw-booking:" + name).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }

    @SuppressWarnings("unchecked")
    private void requireNoClash(Proposal p, List<String> trainerIds) {
        String self = p.sessionId() == null ? "" : p.sessionId();
        Map<String, String> trainerClashes = new LinkedHashMap<>();
        List<String> roomClashes = new ArrayList<>();
        for (SessionPart part : p.parts()) {
            if (!trainerIds.isEmpty()) {
                List<Object[]> rows = em.createNativeQuery("select distinct st.hr_id, s.id from session_trainer st "
                        + "join training_session s on s.id = st.session_id join session_part sp on sp.session_id = s.id "
                        + "where st.hr_id in (:trainers) and s.status <> 'CANCELLED' and s.id <> :self "
                        + "and sp.starts_at < :end and sp.ends_at > :start")
                        .setParameter("trainers", trainerIds).setParameter("self", self)
                        .setParameter("start", part.startsAt).setParameter("end", part.endsAt).getResultList();
                rows.forEach(r -> trainerClashes.putIfAbsent((String) r[0], (String) r[1]));
            }
            if (p.roomId() != null) {
                List<String> rows = em.createNativeQuery("select distinct s.id from training_session s "
                        + "join session_part sp on sp.session_id = s.id where s.room_id = :room and s.status <> 'CANCELLED' "
                        + "and s.id <> :self and sp.starts_at < :end and sp.ends_at > :start")
                        .setParameter("room", p.roomId()).setParameter("self", self)
                        .setParameter("start", part.startsAt).setParameter("end", part.endsAt).getResultList();
                rows.stream().filter(id -> !roomClashes.contains(id)).forEach(roomClashes::add);
            }
        }
        if (!trainerClashes.isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < trainerIds.size(); i++) {
                String other = trainerClashes.get(trainerIds.get(i));
                if (other != null) {
                    errors.add(new FieldError("trainerHrIds[" + i + "]", "trains session " + other + " at an overlapping time"));
                }
            }
            throw new DomainException(Kind.CONFLICT, "TRAINER_CLASH", "Trainer already booked",
                    "A trainer is on an overlapping session: " + trainerClashes, errors, Map.of())
                    .with("clashes", trainerClashes);
        }
        if (!roomClashes.isEmpty()) {
            throw new DomainException(Kind.CONFLICT, "ROOM_CLASH", "Room already booked",
                    "The room holds an overlapping session: " + roomClashes,
                    List.of(new FieldError("roomId", "holds session " + roomClashes.get(0) + " at an overlapping time")), Map.of())
                    .with("sessions", roomClashes);
        }
    }
}
