package org.iwtraining.followup.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;
import org.iwtraining.conventions.audit.AuditContext;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.time.Zones;
import org.iwtraining.followup.CallOutcome;
import org.iwtraining.followup.Caller;
import org.iwtraining.followup.CaseStatus;
import org.iwtraining.followup.ClosedReason;
import org.iwtraining.followup.FollowupCall;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.access.Reach;
import org.iwtraining.followup.access.Reaches;
import org.iwtraining.followup.access.Requester;
import org.iwtraining.followup.workingdays.BankHolidayService;
import org.iwtraining.followup.workingdays.WorkingCalendar;

/**
 * The follow-up cycle: a case opens on a train-the-trainer completion with its first call due 14 days after
 * the training, every NOT_STARTED call schedules the next 14 days on, a NO_CONTACT retries 2 working days
 * later, and the case closes when the cascade starts (or the person leaves, or the completion is withdrawn).
 * A caller sees and records calls only on the cases assigned to them; another caller's case is answered as if it
 * did not exist.
 */
@ApplicationScoped
@Transactional
public class CaseService {

    public static final int DAYS_BETWEEN_CALLS = 14;
    public static final int NO_CONTACT_RETRY_WORKING_DAYS = 2;

    private final Clock clock;
    private final BankHolidayService calendars;
    private final EntityManager em;
    private final Reaches reaches;
    private final AuditContext audit;

    public CaseService(Clock clock, BankHolidayService calendars, EntityManager em, Reaches reaches, AuditContext audit) {
        this.clock = clock;
        this.calendars = calendars;
        this.em = em;
        this.reaches = reaches;
        this.audit = audit;
    }

    public record Opened(FollowupCase followup, boolean created) {
    }

    /** Idempotent on (personId, moduleRef, sessionId); a repeat reopens a case closed REVOKED. */
    public Opened open(CaseDraft request) {
        Locks.lock(em, "case:" + request.personId() + "|" + request.moduleRef() + "|" + request.sessionId());
        Optional<FollowupCase> existing = FollowupCase.find("personId = ?1 and moduleRef = ?2 and sessionId = ?3",
                request.personId(), request.moduleRef(), request.sessionId()).firstResultOptional();
        if (existing.isPresent()) {
            FollowupCase c = existing.get();
            if (c.status == CaseStatus.CLOSED && c.closedReason == ClosedReason.REVOKED) {
                c.reopen(firstCallDue(c.trainingEndedOn), OffsetDateTime.now(clock));
            }
            return new Opened(withCalls(c), false);
        }
        String callerId = request.callerId() == null ? Caller.DEFAULT_ID : request.callerId();
        requireCaller(callerId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        FollowupCase c = new FollowupCase();
        c.id = UUID.randomUUID().toString();
        c.status = CaseStatus.OPEN;
        c.personId = request.personId();
        c.name = request.name();
        c.email = request.email();
        c.phone = request.phone();
        c.agencyCode = request.agencyCode();
        c.moduleRef = request.moduleRef();
        c.process = request.process();
        c.sessionId = request.sessionId();
        c.trainingEndedOn = request.trainingEndedOn();
        c.callerId = callerId;
        c.callNumber = 1;
        c.nextCallDue = calendars.calendar().onOrAfter(request.trainingEndedOn().plusDays(DAYS_BETWEEN_CALLS));
        c.createdAt = now;
        c.updatedAt = now;
        c.persist();
        return new Opened(c, true);
    }

    /** 14 days after the training, on a working day; when that has passed, the first working day from today. */
    private LocalDate firstCallDue(LocalDate trainingEndedOn) {
        WorkingCalendar calendar = calendars.calendar();
        LocalDate due = calendar.onOrAfter(trainingEndedOn.plusDays(DAYS_BETWEEN_CALLS));
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.LONDON);
        return due.isBefore(today) ? calendar.onOrAfter(today) : due;
    }

    /** A case, if within the requester's reach. */
    public Optional<FollowupCase> get(String id, Requester requester) {
        Reach reach = reaches.reading(requester);
        return FollowupCase.<FollowupCase>findByIdOptional(id).filter(c -> reach.covers(c.callerId))
                .map(CaseService::withCalls);
    }

    /** A call of a case within the requester's reach. */
    public Optional<FollowupCall> call(String caseId, String callId, Requester requester) {
        Reach reach = reaches.reading(requester);
        Optional<FollowupCall> call = FollowupCall.<FollowupCall>find("id = ?1 and followupCase.id = ?2", callId, caseId)
                .firstResultOptional().filter(c -> reach.covers(c.followupCase.callerId));
        call.ifPresent(c -> audit.concerns(c.followupCase.personId));
        return call;
    }

    public record CaseFilter(CaseStatus status, String personId, String callerId, LocalDate dueBefore) {
    }

    /** The cases the filter selects among those within the requester's reach (a caller: their own). */
    public Page<FollowupCase> list(CaseFilter filter, PageRequest page, Requester requester) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        Reach reach = reaches.reading(requester);
        if (!reach.everything()) {
            if (reach.callerId().isEmpty()) {
                return page.page(List.of(), c -> c.id, CaseService::withCalls);
            }
            where.append(" and callerId = :ownCaller");
            params.put("ownCaller", reach.callerId().get());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.personId() != null) {
            where.append(" and personId = :personId");
            params.put("personId", filter.personId());
        }
        if (filter.callerId() != null) {
            where.append(" and callerId = :callerId");
            params.put("callerId", filter.callerId());
        }
        if (filter.dueBefore() != null) {
            where.append(" and nextCallDue < :dueBefore");
            params.put("dueBefore", filter.dueBefore());
        }
        if (page.after() != null) {
            where.append(" and id > :after");
            params.put("after", page.after());
        }
        return page.page(FollowupCase.<FollowupCase>find(where + " order by id", params).range(0, page.limit()).list(),
                c -> c.id, CaseService::withCalls);
    }

    public record Recorded(FollowupCase followup, String callId) {
    }

    /** Records a call on a case: a coordinator's on any case, a caller's on their own. */
    public Recorded recordCall(String caseId, CallReport request, Requester requester) {
        Reach reach = reaches.changing(requester);
        FollowupCase c = lockCase(caseId);
        if (!reach.covers(c.callerId)) {
            throw DomainException.notFound("Follow-up case", caseId);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (request.calledAt().isAfter(now)) {
            throw DomainException.invalid("calledAt", "may not lie in the future");
        }
        LocalDate calledOn = request.calledAt().atZoneSameInstant(Zones.LONDON).toLocalDate();
        if (calledOn.isBefore(c.trainingEndedOn)) {
            throw DomainException.invalid("calledAt", "may not be before the training ended (" + c.trainingEndedOn + ")");
        }
        if (request.cascadeStartedOn() != null) {
            if (request.outcome() != CallOutcome.CASCADE_STARTED) {
                throw DomainException.invalid("cascadeStartedOn", "only goes with the outcome CASCADE_STARTED");
            }
            if (request.cascadeStartedOn().isAfter(calledOn)) {
                throw DomainException.invalid("cascadeStartedOn", "may not be after the call");
            }
        }
        requireOpen(c);
        FollowupCall call = new FollowupCall();
        call.id = UUID.randomUUID().toString();
        call.followupCase = c;
        call.number = c.callNumber;
        call.outcome = request.outcome();
        call.calledAt = request.calledAt();
        call.notes = request.notes();
        call.materialsFeedback = request.materialsFeedback();
        call.cascadeStartedOn = request.cascadeStartedOn();
        call.recordedAt = now;
        call.persist();
        c.calls.add(call);
        WorkingCalendar calendar = calendars.calendar();
        switch (request.outcome()) {
            case CASCADE_STARTED -> {
                c.callNumber++;
                c.cascadeStartedOn = request.cascadeStartedOn() == null ? calledOn : request.cascadeStartedOn();
                c.close(ClosedReason.CASCADE_STARTED, now);
            }
            case NOT_STARTED -> {
                c.callNumber++;
                c.scheduleNextCall(calendar.onOrAfter(calledOn.plusDays(DAYS_BETWEEN_CALLS)), now);
            }
            case NO_CONTACT -> c.scheduleNextCall(calendar.plusWorkingDays(calledOn, NO_CONTACT_RETRY_WORKING_DAYS), now);
        }
        return new Recorded(withCalls(c), call.id);
    }

    public FollowupCase close(String caseId) {
        FollowupCase c = lockCase(caseId);
        requireOpen(c);
        c.close(ClosedReason.CLOSED_BY_ADMIN, OffsetDateTime.now(clock));
        return withCalls(c);
    }

    /**
     * Flushed, so the case's ETag is the one after the change. {@code tagOf} gives a case's entity tag (a digest of
     * its representation with its calls), compared with If-Match once the case is locked.
     */
    public FollowupCase assignCaller(String caseId, String callerId, String ifMatch, Function<FollowupCase, String> tagOf) {
        FollowupCase c = lockCase(caseId);
        if (ifMatch != null && !ifMatch.isBlank()) {
            Preconditions.checkIfMatch(ifMatch, tagOf.apply(withCalls(c)));
        }
        requireCaller(callerId);
        if (!callerId.equals(c.callerId)) {
            c.callerId = callerId;
            c.updatedAt = OffsetDateTime.now(clock);
        }
        em.flush();
        return withCalls(c);
    }

    /** Cases leave the transaction with their calls loaded: the caller maps them after it has ended. */
    private static FollowupCase withCalls(FollowupCase c) {
        Hibernate.initialize(c.calls);
        return c;
    }

    private FollowupCase lockCase(String caseId) {
        FollowupCase c = FollowupCase.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw DomainException.notFound("Follow-up case", caseId);
        }
        return c;
    }

    private static void requireOpen(FollowupCase c) {
        if (!c.isOpen()) {
            throw DomainException.conflict("CASE_CLOSED", "Case closed",
                    "The case is closed (" + c.closedReason + "); it takes no more calls");
        }
    }

    private static void requireCaller(String callerId) {
        if (Caller.findById(callerId) == null) {
            throw DomainException.refused("UNKNOWN_CALLER", "Unknown caller", "There is no caller '" + callerId + "'");
        }
    }
}
