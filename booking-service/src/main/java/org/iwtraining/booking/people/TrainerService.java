package org.iwtraining.booking.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Person;
import org.iwtraining.booking.Requester;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainerAccreditation;
import org.iwtraining.booking.TrainingProcess;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.DomainException;

/**
 * Who may train a process: a person who completed its train-the-trainer module (IW05, IS05, CAF03, LP03, ISI10) in
 * a session or as recorded prior learning, or holds a coordinator's accreditation for it. A prerequisite waiver
 * never qualifies anyone to train (waivers are not completions).
 */
@ApplicationScoped
@Transactional
public class TrainerService {

    private final EntityManager em;
    private final PersonService people;
    private final Clock clock;

    public TrainerService(EntityManager em, PersonService people, Clock clock) {
        this.em = em;
        this.people = people;
        this.clock = clock;
    }

    public record Accredited(TrainerAccreditation accreditation, boolean created) {
    }

    /** A qualified trainer with the sessions they train in the window; free when there are none. */
    public record TrainerAvailability(Person person, List<TrainingSession> sessions) {
        public boolean free() {
            return sessions.isEmpty();
        }
    }

    /** Records an accreditation; one already held for that process is answered as it is (created false). */
    public Accredited accredit(String hrId, TrainingProcess process, String reason, Requester requester) {
        people.require(hrId);
        if (process == null) {
            throw DomainException.invalid("process", "is required");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "must not be blank");
        }
        List<TrainerAccreditation> held = TrainerAccreditation.list("personId = ?1 and process = ?2", hrId, process);
        if (!held.isEmpty()) {
            return new Accredited(held.get(0), false);
        }
        TrainerAccreditation a = new TrainerAccreditation();
        a.id = UUID.randomUUID().toString();
        a.personId = hrId;
        a.process = process;
        a.reason = reason;
        a.recordedBy = requester.subject();
        a.recordedAt = clock.instant();
        a.persist();
        return new Accredited(a, true);
    }

    public List<TrainerAccreditation> accreditations(String hrId) {
        return TrainerAccreditation.list("personId = ?1 order by process", hrId);
    }

    /** The given people who may not train the process, in the order given. */
    public List<String> unqualified(List<String> hrIds, TrainingProcess process) {
        if (hrIds.isEmpty()) {
            return List.of();
        }
        Set<String> qualified = new HashSet<>(em.createQuery("select p.hrId from Person p where p.hrId in :ids and ("
                + QUALIFIED + ")", String.class).setParameter("ids", hrIds)
                .setParameter("ttt", process.trainTheTrainerModule()).setParameter("process", process).getResultList());
        return hrIds.stream().filter(id -> !qualified.contains(id)).toList();
    }

    private static final String QUALIFIED = "exists (select c.id from Completion c where c.personId = p.hrId and c.moduleRef = :ttt) "
            + "or exists (select a.id from TrainerAccreditation a where a.personId = p.hrId and a.process = :process)";

    /** Qualified trainers of the process who have not left, by id, each with their sessions in the window. */
    public Page<TrainerAvailability> list(TrainingProcess process, Instant from, Instant to, PageRequest page) {
        if (process == null) {
            throw DomainException.invalid("process", "is required");
        }
        if (from == null) {
            throw DomainException.invalid("from", "is required");
        }
        if (to == null) {
            throw DomainException.invalid("to", "is required");
        }
        if (!to.isAfter(from)) {
            throw DomainException.invalid("to", "must be after from");
        }
        if (Duration.between(from, to).toDays() > 366) {
            throw DomainException.invalid("to", "at most 366 days after from");
        }
        TypedQuery<Person> query = em.createQuery("select p from Person p where p.leftAt is null and (" + QUALIFIED + ")"
                + (page.after() == null ? "" : " and p.hrId > :after") + " order by p.hrId", Person.class)
                .setParameter("ttt", process.trainTheTrainerModule()).setParameter("process", process)
                .setMaxResults(page.fetchSize());
        if (page.after() != null) {
            query.setParameter("after", page.after());
        }
        List<Person> trainers = query.getResultList();
        Map<String, List<TrainingSession>> sessions = new HashMap<>();
        if (!trainers.isEmpty()) {
            List<String> ids = trainers.stream().map(p -> p.hrId).toList();
            for (Object[] row : em.createQuery("select t, s from TrainingSession s join s.trainerHrIds t where t in :ids "
                    + "and s.status <> :cancelled and s.startsAt < :to and s.endsAt > :from "
                    + "order by s.startsAt, s.id", Object[].class).setParameter("ids", ids).setParameter("from", from)
                    .setParameter("cancelled", SessionStatus.CANCELLED)
                    .setParameter("to", to).getResultList()) {
                sessions.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((TrainingSession) row[1]);
            }
        }
        Map<String, TrainerAvailability> byId = new LinkedHashMap<>();
        trainers.forEach(p -> byId.put(p.hrId, new TrainerAvailability(p, sessions.getOrDefault(p.hrId, List.of()))));
        return page.page(trainers, p -> p.hrId, p -> byId.get(p.hrId));
    }
}
