package org.iwtraining.followup.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.followup.CascadeEvent;
import org.iwtraining.followup.CascadeSource;
import org.iwtraining.followup.CaseStatus;
import org.iwtraining.followup.ClosedReason;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.PersonEvent;
import org.iwtraining.followup.PersonEventType;
import org.iwtraining.followup.cases.CascadeReport;
import org.iwtraining.followup.cases.CaseService;
import org.iwtraining.followup.cases.Locks;

/**
 * Events from booking-service, delivered at least once from its outbox: each is applied once (a cascade by
 * person, process and session; a person event by its id), and a redelivery answers what the first did.
 * A well-formed person event that matches no case is recorded and changes nothing; a cascade that matches no open
 * case is kept, and a case opened later for the trainer and process applies it.
 */
@ApplicationScoped
@Transactional
public class EventService {

    private final Clock clock;
    private final EntityManager em;
    private final CaseService cases;

    public EventService(Clock clock, EntityManager em, CaseService cases) {
        this.clock = clock;
        this.cases = cases;
        this.em = em;
    }

    /**
     * The trainer delivered a session of the process: kept as a cascade, applied to their open cases of that
     * process (recorded while the first call is due, closing CASCADE_SESSION after it), and to a case opened later.
     */
    public EventOutcome cascade(CascadeNotice request) {
        CascadeEvent.Key key = new CascadeEvent.Key(request.personId(), request.process(), request.sessionId());
        Locks.lock(em, "cascade:" + key);
        CascadeEvent seen = CascadeEvent.findById(key);
        if (seen != null) {
            return new EventOutcome(seen.closedCases, seen.recordedCases, true);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate heldOn = request.sessionDate() == null ? request.startsOn() : request.sessionDate();
        CaseService.Applied applied = cases.detectCascade(request.personId(), request.process(),
                new CascadeReport(CascadeSource.BOOKING, heldOn, request.attendees(), request.byAgency(),
                        request.bySector(), List.of(request.sessionId())));
        CascadeEvent event = new CascadeEvent();
        event.key = key;
        event.startsOn = request.startsOn();
        event.closedCases = applied.closedCases();
        event.recordedCases = applied.recordedCases();
        event.receivedAt = now;
        event.persist();
        return new EventOutcome(applied.closedCases(), applied.recordedCases(), false);
    }

    public EventOutcome person(PersonNotice request) {
        if (request.type() == PersonEventType.COMPLETION_REVOKED) {
            requireText("moduleRef", request.moduleRef());
            requireText("sessionId", request.sessionId());
        }
        Locks.lock(em, "person-event:" + request.eventId());
        PersonEvent seen = PersonEvent.findById(request.eventId());
        if (seen != null) {
            return new EventOutcome(seen.closedCases, seen.updatedCases, true);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int closed = 0;
        int updated = 0;
        switch (request.type()) {
            case LEFT -> closed = closeAll(lockOpenCases(request.personId()), ClosedReason.LEFT, now);
            case COMPLETION_REVOKED -> closed = closeAll(FollowupCase.<FollowupCase>find(
                    "personId = ?1 and moduleRef = ?2 and sessionId = ?3 and status = ?4", request.personId(),
                    request.moduleRef(), request.sessionId(), CaseStatus.OPEN)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list(), ClosedReason.REVOKED, now);
            case UPDATED -> updated = refreshContact(request, now);
        }
        PersonEvent event = new PersonEvent();
        event.eventId = request.eventId();
        event.personId = request.personId();
        event.type = request.type();
        event.closedCases = closed;
        event.updatedCases = updated;
        event.receivedAt = now;
        event.persist();
        return new EventOutcome(closed, updated, false);
    }

    private static List<FollowupCase> lockOpenCases(String personId) {
        return FollowupCase.<FollowupCase>find("personId = ?1 and status = ?2", personId, CaseStatus.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static int closeAll(List<FollowupCase> cases, ClosedReason reason, OffsetDateTime now) {
        cases.forEach(c -> c.close(reason, now));
        return cases.size();
    }

    /**
     * Every case of the person, closed ones too, shows the contact details booking-service now holds; a case
     * closed by an erasure stays erased (details HR sends anew belong to the cases that follow).
     */
    private static int refreshContact(PersonNotice request, OffsetDateTime now) {
        List<FollowupCase> cases = FollowupCase.<FollowupCase>find("personId = ?1 and erasedAt is null", request.personId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (FollowupCase c : cases) {
            if (request.name() != null) {
                c.name = request.name();
            }
            if (request.email() != null) {
                c.email = request.email();
            }
            if (request.phone() != null) {
                c.phone = request.phone();
            }
            if (request.agencyCode() != null) {
                c.agencyCode = request.agencyCode();
            }
            if (request.managerName() != null) {
                c.managerName = request.managerName();
            }
            if (request.managerEmail() != null) {
                c.managerEmail = request.managerEmail();
            }
            c.updatedAt = now;
        }
        return cases.size();
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "is required for COMPLETION_REVOKED");
        }
    }
}
