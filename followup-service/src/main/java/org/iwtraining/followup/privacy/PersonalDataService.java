package org.iwtraining.followup.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;
import org.iwtraining.conventions.audit.AuditTrail;
import org.iwtraining.followup.ClosedReason;
import org.iwtraining.followup.ErasureEvent;
import org.iwtraining.followup.FollowupCall;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.Reminder;
import org.iwtraining.followup.cases.Locks;

/**
 * A person's data in followup-service, exported or erased on booking-service's request (it owns the person and
 * answers the data subject). Erasure keeps the cases and calls, so the counts and figures stay, with the
 * person's id: name, e-mail, phone and the calls' free text become the marker, and the reminders that mentioned
 * them no longer do.
 */
@ApplicationScoped
@Transactional
public class PersonalDataService {

    /** An export gathers at most this many audit rows about one person (oldest first). */
    static final int MAX_AUDIT_ROWS = 10_000;

    private final EntityManager em;
    private final Clock clock;
    private final AuditTrail audit;

    public PersonalDataService(EntityManager em, Clock clock, AuditTrail audit) {
        this.em = em;
        this.clock = clock;
        this.audit = audit;
    }

    public PersonRecord export(String personId) {
        List<FollowupCase> cases = FollowupCase.list("personId = ?1 order by createdAt, id", personId);
        List<PersonRecord.Mention> mentions = new ArrayList<>();
        for (FollowupCase c : cases) {
            Hibernate.initialize(c.calls);
            Hibernate.initialize(c.cascades);
            Hibernate.initialize(c.updates);
            Hibernate.initialize(c.assignments);
            Redaction about = Redaction.of(List.of(c.name == null ? "" : c.name,
                    c.email == null ? "" : c.email, c.phone == null ? "" : c.phone));
            for (Reminder r : remindersOf(List.of(c.id))) {
                List<String> lines = about.isEmpty() ? List.of()
                        : r.body.lines().filter(about::foundIn).toList();
                mentions.add(new PersonRecord.Mention(r, c.id, lines));
            }
        }
        return new PersonRecord(personId, cases, mentions, audit.aboutPerson(personId, MAX_AUDIT_ROWS));
    }

    /**
     * Erases the person's data; idempotent by {@code eventId} (a redelivery answers what the first did), and an
     * erasure under a new id finds nothing left to erase but what arrived since.
     */
    public ErasureOutcome erase(String eventId, String personId) {
        Locks.lock(em, "erasure:" + personId);
        ErasureEvent seen = ErasureEvent.findById(eventId);
        if (seen != null) {
            return new ErasureOutcome(seen.personId, seen.cases, seen.calls, seen.reminders, seen.closedCases, true);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<FollowupCase> cases = FollowupCase.<FollowupCase>find("personId", personId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        List<String> values = new ArrayList<>();
        for (FollowupCase c : cases) {
            values.add(c.name);
            values.add(c.email);
            values.add(c.phone);
        }
        Redaction redaction = Redaction.of(values);
        int reminders = 0;
        for (Reminder r : remindersOf(cases.stream().map(c -> c.id).toList())) {
            if (redaction.foundIn(r.body) || redaction.foundIn(r.subject) || redaction.foundIn(r.lastError)) {
                r.body = redaction.apply(r.body);
                r.subject = redaction.apply(r.subject);
                r.lastError = redaction.apply(r.lastError);
                reminders++;
            }
        }
        int calls = 0;
        int closed = 0;
        for (FollowupCase c : cases) {
            c.name = Redaction.MARKER;
            c.erasedAt = now;
            c.email = null;
            c.phone = null;
            c.managerName = null;
            c.managerEmail = null;
            for (FollowupCall call : c.calls) {
                if (call.notes != null || call.materialsFeedback != null || call.supportRequested != null) {
                    call.notes = call.notes == null ? null : Redaction.MARKER;
                    call.materialsFeedback = call.materialsFeedback == null ? null : Redaction.MARKER;
                    call.supportRequested = call.supportRequested == null ? null : Redaction.MARKER;
                    calls++;
                }
            }
            c.updates.stream().filter(u -> u.notes != null).forEach(u -> u.notes = Redaction.MARKER);
            if (c.isOpen()) {
                // out of the caller's queue and calendar (the feed shows it cancelled, under the marker)
                c.close(ClosedReason.ERASED, now);
                closed++;
            } else {
                // a calendar that still shows the closed case picks up the erased name
                c.scheduleSequence++;
                c.updatedAt = now;
            }
        }
        ErasureEvent event = new ErasureEvent();
        event.eventId = eventId;
        event.personId = personId;
        event.cases = cases.size();
        event.calls = calls;
        event.reminders = reminders;
        event.closedCases = closed;
        event.receivedAt = now;
        event.persist();
        return new ErasureOutcome(personId, cases.size(), calls, reminders, closed, false);
    }

    private List<Reminder> remindersOf(List<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Reminder> rows = em.createNativeQuery("SELECT * FROM reminder WHERE id IN "
                + "(SELECT reminder_id FROM reminder_case WHERE case_id IN (:cases)) ORDER BY created_at, id", Reminder.class)
                .setParameter("cases", caseIds).getResultList();
        Map<String, Reminder> distinct = new LinkedHashMap<>();
        rows.forEach(r -> distinct.putIfAbsent(r.id, r));
        return List.copyOf(distinct.values());
    }

}
