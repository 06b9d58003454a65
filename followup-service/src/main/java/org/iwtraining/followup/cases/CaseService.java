package org.iwtraining.followup.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import org.iwtraining.followup.Barrier;
import org.iwtraining.followup.CallOutcome;
import org.iwtraining.followup.Caller;
import org.iwtraining.followup.Cascade;
import org.iwtraining.followup.CascadeSource;
import org.iwtraining.followup.CaseAssignment;
import org.iwtraining.followup.CasePhase;
import org.iwtraining.followup.CaseUpdate;
import org.iwtraining.followup.CaseUpdateKind;
import org.iwtraining.followup.Process;
import org.iwtraining.followup.CaseStatus;
import org.iwtraining.followup.ClosedReason;
import org.iwtraining.followup.FollowupCall;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.access.Reach;
import org.iwtraining.followup.access.Reaches;
import org.iwtraining.followup.access.Requester;
import org.iwtraining.followup.config.FollowupConfig;
import org.iwtraining.followup.workingdays.BankHolidayService;
import org.iwtraining.conventions.workingdays.WorkingCalendar;

/**
 * The follow-up cycle (issue 12): a case opens on a train-the-trainer completion with its first call always due 14
 * days after the training (next working day). A cascade detected before the first call (booking-service's delivered
 * session, a caller's record of one outside the suite, the trainer's self-report) is recorded on the case and the
 * call stays due; that call, once made (any outcome but NO_CONTACT), closes the case CASCADE_STARTED. After the
 * first call: NOT_STARTED schedules the next call 14 days on (or the working day after a planned cascade date, if
 * sooner), NO_CONTACT retries 2 working days later, a cascade reported on the call or detected closes the case.
 * After {@code followup.stall.not-started-calls} NOT_STARTED calls, or {@code followup.stall.no-contact-attempts}
 * NO_CONTACT attempts in a row, an open case without a detected cascade is STALLED.
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
    private final FollowupConfig config;

    public CaseService(Clock clock, BankHolidayService calendars, EntityManager em, Reaches reaches, AuditContext audit,
            FollowupConfig config) {
        this.clock = clock;
        this.config = config;
        this.calendars = calendars;
        this.em = em;
        this.reaches = reaches;
        this.audit = audit;
    }

    public record Opened(FollowupCase followup, boolean created) {
    }

    /**
     * Idempotent on (personId, moduleRef, sessionId); a repeat reopens a case closed REVOKED. A new case goes to the
     * caller named, else the covering caller with the fewest open cases, else the default caller; the cascades the
     * trainer already delivered in the process since the training are applied at once (recorded: the first call is
     * still due).
     */
    public Opened open(CaseDraft request) {
        Locks.lock(em, "case:" + request.personId() + "|" + request.moduleRef() + "|" + request.sessionId());
        Locks.lock(em, trainerKey(request.personId(), request.process()));
        Optional<FollowupCase> existing = FollowupCase.find("personId = ?1 and moduleRef = ?2 and sessionId = ?3",
                request.personId(), request.moduleRef(), request.sessionId()).firstResultOptional();
        if (existing.isPresent()) {
            FollowupCase c = existing.get();
            if (c.status == CaseStatus.CLOSED && c.closedReason == ClosedReason.REVOKED) {
                c.reopen(firstCallDue(c.trainingEndedOn), OffsetDateTime.now(clock));
            }
            return new Opened(withCalls(c), false);
        }
        String callerId = request.callerId() == null ? callerByRule(request) : request.callerId();
        requireCaller(callerId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        FollowupCase c = new FollowupCase();
        c.id = UUID.randomUUID().toString();
        c.status = CaseStatus.OPEN;
        c.phase = CasePhase.AWAITING_FIRST_CALL;
        c.personId = request.personId();
        c.name = request.name();
        c.email = request.email();
        c.phone = request.phone();
        c.agencyCode = request.agencyCode();
        c.moduleRef = request.moduleRef();
        c.process = request.process();
        c.sessionId = request.sessionId();
        c.trainingEndedOn = request.trainingEndedOn();
        c.managerName = request.managerName();
        c.managerEmail = request.managerEmail();
        c.callerId = callerId;
        c.callNumber = 1;
        c.nextCallDue = calendars.calendar().onOrAfter(request.trainingEndedOn().plusDays(DAYS_BETWEEN_CALLS));
        c.createdAt = now;
        c.updatedAt = now;
        c.persist();
        assignment(c, callerId, now);
        List<Cascade> earlier = Cascade.list("personId = ?1 and process = ?2 and heldOn >= ?3 order by heldOn, id",
                c.personId, c.process, c.trainingEndedOn);
        earlier.forEach(cascade -> apply(cascade, c, now));
        return new Opened(withCalls(c), true);
    }

    /**
     * The covering caller with the fewest open cases (ties: the lowest id), else the default caller. A caller covers
     * a case when it names agencies or processes, and each list it names holds the case's.
     */
    private String callerByRule(CaseDraft request) {
        @SuppressWarnings("unchecked")
        List<String> covering = em.createNativeQuery("""
                SELECT k.id FROM caller k
                WHERE (jsonb_array_length(k.agencies) > 0 OR jsonb_array_length(k.processes) > 0)
                  AND (jsonb_array_length(k.agencies) = 0 OR k.agencies @> jsonb_build_array(CAST(:agency AS text)))
                  AND (jsonb_array_length(k.processes) = 0 OR k.processes @> jsonb_build_array(CAST(:process AS text)))
                ORDER BY (SELECT count(*) FROM followup_case c WHERE c.caller_id = k.id AND c.status = 'OPEN'), k.id
                LIMIT 1""").setParameter("agency", request.agencyCode()).setParameter("process", request.process().name())
                .getResultList();
        return covering.isEmpty() ? Caller.DEFAULT_ID : covering.get(0);
    }

    private static void assignment(FollowupCase c, String callerId, OffsetDateTime now) {
        CaseAssignment a = new CaseAssignment();
        a.followupCase = c;
        c.assignments.add(a);
        a.callerId = callerId;
        a.assignedAt = now;
        a.persist();
    }

    /** The key every change to a trainer's cascades of a process takes, so that an event and a new case meet. */
    static String trainerKey(String personId, Process process) {
        return "trainer:" + personId + "|" + process;
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
        List<Barrier> barriers = request.barriers() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.barriers()));
        if (request.outcome() == CallOutcome.NO_CONTACT) {
            if (request.materialsReception() != null) {
                throw DomainException.invalid("materialsReception", "does not go with NO_CONTACT (nobody was reached)");
            }
            if (!barriers.isEmpty()) {
                throw DomainException.invalid("barriers", "do not go with NO_CONTACT (nobody was reached)");
            }
            if (request.supportRequested() != null) {
                throw DomainException.invalid("supportRequested", "does not go with NO_CONTACT (nobody was reached)");
            }
        }
        if (request.plannedCascadeOn() != null) {
            if (request.outcome() != CallOutcome.NOT_STARTED) {
                throw DomainException.invalid("plannedCascadeOn", "only goes with the outcome NOT_STARTED");
            }
            if (request.plannedCascadeOn().isBefore(calledOn)) {
                throw DomainException.invalid("plannedCascadeOn", "may not be before the call");
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
        call.materialsReception = request.materialsReception();
        call.barriers = new ArrayList<>(barriers);
        call.supportRequested = request.supportRequested();
        call.plannedCascadeOn = request.plannedCascadeOn();
        call.recordedAt = now;
        call.persist();
        c.calls.add(call);
        WorkingCalendar calendar = calendars.calendar();
        switch (request.outcome()) {
            case CASCADE_STARTED -> {
                c.callNumber++;
                c.noContactStreak = 0;
                c.cascadeStartedOn = request.cascadeStartedOn() != null ? request.cascadeStartedOn()
                        : c.cascadeDetectedOn != null ? c.cascadeDetectedOn : calledOn;
                c.close(ClosedReason.CASCADE_STARTED, now);
            }
            case NOT_STARTED -> {
                c.callNumber++;
                c.noContactStreak = 0;
                if (c.cascadeDetectedOn != null) {
                    // the first call asked about the materials; the cascade was already proven
                    c.cascadeStartedOn = c.cascadeDetectedOn;
                    c.close(ClosedReason.CASCADE_STARTED, now);
                } else {
                    c.notStartedCalls++;
                    LocalDate due = calendar.onOrAfter(calledOn.plusDays(DAYS_BETWEEN_CALLS));
                    if (request.plannedCascadeOn() != null) {
                        LocalDate afterPlanned = calendar.plusWorkingDays(request.plannedCascadeOn(), 1);
                        due = afterPlanned.isBefore(due) ? afterPlanned : due;
                    }
                    c.scheduleNextCall(due, now);
                    c.phase = c.phase == CasePhase.STALLED ? CasePhase.STALLED : CasePhase.NOT_STARTED;
                    if (c.notStartedCalls >= config.stall().notStartedCalls()) {
                        stall(c, calledOn);
                    }
                }
            }
            case NO_CONTACT -> {
                c.noContactStreak++;
                c.scheduleNextCall(calendar.plusWorkingDays(calledOn, NO_CONTACT_RETRY_WORKING_DAYS), now);
                if (c.noContactStreak >= config.stall().noContactAttempts()) {
                    stall(c, calledOn);
                }
            }
        }
        return new Recorded(withCalls(c), call.id);
    }

    /** A case with a detected cascade never stalls. */
    private static void stall(FollowupCase c, LocalDate on) {
        if (c.cascadeDetectedOn == null && c.phase != CasePhase.STALLED) {
            c.phase = CasePhase.STALLED;
            c.stalledOn = on;
        }
    }

    public record Applied(int closedCases, int recordedCases) {
    }

    /**
     * A cascade booking-service reported (source BOOKING, one session) or the first report of one outside the suite:
     * kept, and applied to the trainer's open cases of the process whose training ended by its date. On a case
     * whose first call is made it closes the case (CASCADE_SESSION from booking-service, else CASCADE_STARTED); on
     * one awaiting its first call it is recorded and the call stays due.
     */
    public Applied detectCascade(String personId, Process process, CascadeReport report) {
        if (report.attendees() != null && report.attendees() < 0) {
            throw DomainException.invalid("attendees", "may not be negative");
        }
        checkCounts("byAgency", report.byAgency(), report.attendees());
        checkCounts("bySector", report.bySector(), report.attendees());
        Locks.lock(em, trainerKey(personId, process));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Cascade cascade = newCascade(personId, process, report, now);
        List<FollowupCase> open = FollowupCase.<FollowupCase>find(
                "personId = ?1 and process = ?2 and status = ?3 and trainingEndedOn <= ?4 order by id", personId,
                process, CaseStatus.OPEN, cascade.heldOn).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        int closed = 0;
        for (FollowupCase c : open) {
            apply(cascade, c, now);
            if (!c.isOpen()) {
                closed++;
            }
        }
        return new Applied(closed, open.size() - closed);
    }

    /**
     * A cascade delivered outside the suite (or the trainer's), recorded on a case by a coordinator or the case's
     * caller: kept, linked to the case (open or closed: its reach counts) and applied as {@link #detectCascade}
     * applies one to the trainer's other open cases of the process.
     */
    public FollowupCase recordCascade(String caseId, CascadeReport report, Requester requester) {
        Reach reach = reaches.changing(requester);
        FollowupCase unlocked = FollowupCase.findById(caseId);
        if (unlocked == null || !reach.covers(unlocked.callerId)) {
            throw DomainException.notFound("Follow-up case", caseId);
        }
        return record(unlocked.id, unlocked.personId, unlocked.process, report);
    }

    /**
     * What the trainer reported through the self-report link (the link's token is checked before this is called):
     * a call-less SELF_REPORTED update the caller sees and, when the cascade has started, a cascade (source
     * SELF_REPORT) recorded as {@link #recordCascade} records one. The first call stays due. 404 for no such case,
     * 409 CASE_CLOSED for a closed one.
     */
    public FollowupCase recordSelfReport(String caseId, SelfReport report) {
        FollowupCase unlocked = FollowupCase.findById(caseId);
        if (unlocked == null) {
            throw DomainException.notFound("Follow-up case", caseId);
        }
        requireOpen(unlocked);
        if (report.started() && report.startedOn() == null) {
            throw DomainException.invalid("startedOn", "is required when the cascade has started");
        }
        if (!report.started() && (report.startedOn() != null || report.attendees() != null
                || (report.byAgency() != null && !report.byAgency().isEmpty()))) {
            throw DomainException.invalid("started", "is false, yet a date, attendees or agencies were given");
        }
        Locks.lock(em, trainerKey(unlocked.personId, unlocked.process));
        FollowupCase c = lockCase(caseId);
        requireOpen(c);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (report.started()) {
            validate(c, new CascadeReport(CascadeSource.SELF_REPORT, report.startedOn(), report.attendees(),
                    report.byAgency(), Map.of(), List.of()), now);
        }
        CaseUpdate update = new CaseUpdate();
        update.id = UUID.randomUUID().toString();
        update.followupCase = c;
        update.kind = CaseUpdateKind.SELF_REPORTED;
        update.started = report.started();
        update.startedOn = report.startedOn();
        update.attendees = report.attendees();
        update.byAgency = counts(report.byAgency());
        update.notes = report.notes();
        update.recordedAt = now;
        update.persist();
        c.updates.add(update);
        c.updatedAt = now;
        if (report.started()) {
            return record(c.id, c.personId, c.process, new CascadeReport(CascadeSource.SELF_REPORT, report.startedOn(),
                    report.attendees(), report.byAgency(), Map.of(), List.of()));
        }
        return withCalls(c);
    }

    private FollowupCase record(String caseId, String personId, Process process, CascadeReport report) {
        Locks.lock(em, trainerKey(personId, process));
        FollowupCase c = lockCase(caseId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        validate(c, report, now);
        Cascade cascade = newCascade(personId, process, report, now);
        apply(cascade, c, now);
        FollowupCase.<FollowupCase>find("personId = ?1 and process = ?2 and status = ?3 and trainingEndedOn <= ?4 "
                + "and id <> ?5 order by id", personId, process, CaseStatus.OPEN, cascade.heldOn, c.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().forEach(other -> apply(cascade, other, now));
        return withCalls(c);
    }

    /** The date between the training and today; attendees and counts not negative, counts not above attendees. */
    private void validate(FollowupCase c, CascadeReport report, OffsetDateTime now) {
        String dateField = report.source() == CascadeSource.SELF_REPORT ? "startedOn" : "date";
        if (report.date() == null) {
            throw DomainException.invalid(dateField, "is required");
        }
        if (report.date().isAfter(now.atZoneSameInstant(Zones.LONDON).toLocalDate())) {
            throw DomainException.invalid(dateField, "may not lie in the future");
        }
        if (report.date().isBefore(c.trainingEndedOn)) {
            throw DomainException.invalid(dateField, "may not be before the training ended (" + c.trainingEndedOn + ")");
        }
        if (report.attendees() != null && report.attendees() < 0) {
            throw DomainException.invalid("attendees", "may not be negative");
        }
        checkCounts("agencies", report.byAgency(), report.attendees());
        checkCounts("sectors", report.bySector(), report.attendees());
    }

    private static void checkCounts(String field, Map<String, Integer> counts, Integer attendees) {
        if (counts == null) {
            return;
        }
        long total = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank() || e.getKey().length() > 100) {
                throw DomainException.invalid(field, "keys are codes of 1 to 100 characters");
            }
            if (e.getValue() == null || e.getValue() < 0) {
                throw DomainException.invalid(field, "counts may not be negative ('" + e.getKey() + "')");
            }
            total += e.getValue();
        }
        if (attendees != null && total > attendees) {
            throw DomainException.invalid(field, "count " + total + " colleagues, more than the " + attendees + " attendees");
        }
    }

    private static Cascade newCascade(String personId, Process process, CascadeReport report, OffsetDateTime now) {
        Cascade cascade = new Cascade();
        cascade.id = UUID.randomUUID().toString();
        cascade.personId = personId;
        cascade.process = process;
        cascade.source = report.source();
        cascade.sessionId = report.sessionIds() == null || report.sessionIds().isEmpty() ? null : report.sessionIds().get(0);
        cascade.heldOn = report.date();
        cascade.attendees = report.attendees();
        cascade.byAgency = counts(report.byAgency());
        cascade.bySector = counts(report.bySector());
        cascade.recordedAt = now;
        cascade.persist();
        return cascade;
    }

    private static Map<String, Integer> counts(Map<String, Integer> counts) {
        Map<String, Integer> kept = new TreeMap<>();
        if (counts != null) {
            counts.forEach((k, v) -> {
                if (v != null && v > 0) {
                    kept.put(k, v);
                }
            });
        }
        return kept;
    }

    /** Links the cascade to the case once; closes an open case whose first call is made (the old rule). */
    private static void apply(Cascade cascade, FollowupCase c, OffsetDateTime now) {
        if (c.cascades.stream().anyMatch(k -> k.id.equals(cascade.id))) {
            return;
        }
        c.cascades.add(cascade);
        c.colleaguesReached += cascade.colleagues();
        c.updatedAt = now;
        if (!c.isOpen()) {
            return;
        }
        if (c.cascadeDetectedOn == null || cascade.heldOn.isBefore(c.cascadeDetectedOn)) {
            c.cascadeDetectedOn = cascade.heldOn;
        }
        if (c.firstCallMade()) {
            c.cascadeStartedOn = c.cascadeDetectedOn;
            c.close(cascade.source == CascadeSource.BOOKING ? ClosedReason.CASCADE_SESSION : ClosedReason.CASCADE_STARTED,
                    now);
        } else if (c.phase == CasePhase.STALLED) {
            // a case with a detected cascade never stalls: it waits for its first call
            c.phase = CasePhase.AWAITING_FIRST_CALL;
        }
    }

    /** A coordinator's target for the trainer: colleagues to reach by a date (both null: no target). */
    public FollowupCase setTarget(String caseId, Integer targetColleagues, LocalDate targetBy) {
        if ((targetColleagues == null) != (targetBy == null)) {
            throw DomainException.invalid(targetColleagues == null ? "targetColleagues" : "targetBy",
                    "goes with " + (targetColleagues == null ? "targetBy" : "targetColleagues") + " (or neither)");
        }
        if (targetColleagues != null && targetColleagues < 1) {
            throw DomainException.invalid("targetColleagues", "must be at least 1");
        }
        FollowupCase c = lockCase(caseId);
        if (targetBy != null && !targetBy.isAfter(c.trainingEndedOn)) {
            throw DomainException.invalid("targetBy", "must be after the training ended (" + c.trainingEndedOn + ")");
        }
        c.targetColleagues = targetColleagues;
        c.targetBy = targetBy;
        c.updatedAt = OffsetDateTime.now(clock);
        em.flush();
        return withCalls(c);
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
            OffsetDateTime now = OffsetDateTime.now(clock);
            // the sequence grows: the old caller's feed cancels the event at it, the new caller's shows it above it
            c.scheduleSequence++;
            c.assignments.stream().filter(a -> a.endedAt == null).forEach(a -> {
                a.endedAt = now;
                a.endedSequence = c.scheduleSequence;
            });
            c.scheduleSequence++;
            c.callerId = callerId;
            c.updatedAt = now;
            assignment(c, callerId, now);
        }
        em.flush();
        return withCalls(c);
    }

    /** Cases leave the transaction with their calls loaded: the caller maps them after it has ended. */
    private static FollowupCase withCalls(FollowupCase c) {
        Hibernate.initialize(c.calls);
        Hibernate.initialize(c.cascades);
        Hibernate.initialize(c.updates);
        Hibernate.initialize(c.assignments);
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
