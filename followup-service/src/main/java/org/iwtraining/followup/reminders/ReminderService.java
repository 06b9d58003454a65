package org.iwtraining.followup.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.iwtraining.conventions.audit.AuditContext;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.paging.Keyset;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.time.Zones;
import org.iwtraining.followup.Caller;
import org.iwtraining.followup.CasePhase;
import org.iwtraining.followup.CaseStatus;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.Reminder;
import org.iwtraining.followup.ReminderKind;
import org.iwtraining.followup.access.Reach;
import org.iwtraining.followup.access.Reaches;
import org.iwtraining.followup.access.Requester;
import org.iwtraining.followup.config.FollowupConfig;
import org.iwtraining.followup.callers.CallerService;
import org.iwtraining.followup.workingdays.BankHolidayService;
import org.iwtraining.conventions.workingdays.WorkingCalendar;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reminder e-mails. Each reminder is claimed by inserting its row under a unique key (a caller's digest of a
 * day, the escalation of a case's late call to the caller's manager, the one escalation of a stalled case to the
 * trainer's line manager), each claim in its own short transaction, so among any number of
 * instances only the one whose insert wins sends it. The mail is sent outside any transaction and the row
 * then marked SENT, or FAILED to be retried; a SENT reminder is never sent again.
 */
@ApplicationScoped
public class ReminderService {

    /** A call this many working days late is escalated to the caller's manager. */
    public static final int ESCALATE_AFTER_WORKING_DAYS = 2;
    private static final int RETRY_BATCH = 100;
    private static final Logger LOG = Logger.getLogger(ReminderService.class);

    private final Clock clock;
    private final BankHolidayService calendars;
    private final MailGateway mail;
    private final FollowupConfig config;
    private final EntityManager em;
    private final Reaches reaches;
    private final AuditContext audit;

    public ReminderService(Clock clock, BankHolidayService calendars, MailGateway mail, FollowupConfig config,
            EntityManager em, Reaches reaches, AuditContext audit) {
        this.clock = clock;
        this.calendars = calendars;
        this.mail = mail;
        this.config = config;
        this.em = em;
        this.reaches = reaches;
        this.audit = audit;
    }

    /** What one run sent (and failed to send). */
    public record RunSummary(int digests, int escalations, int failed) {
    }

    /** The working-day run: one digest per caller with calls due or overdue, and the escalations now due. */
    public RunSummary sendDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.LONDON);
        WorkingCalendar calendar = QuarkusTransaction.requiringNew().call(calendars::calendar);
        if (!calendar.isWorkingDay(today)) {
            return new RunSummary(0, 0, 0);
        }
        Outcome digests = claimAndSend(callersWithCallsDue(today), callerId -> claimDigest(callerId, today));
        LocalDate latestLate = calendar.latestDueOverdueBy(today, ESCALATE_AFTER_WORKING_DAYS);
        Outcome escalations = claimAndSend(casesToEscalate(latestLate), caseId -> claimEscalation(caseId, today));
        Outcome stalls = claimAndSend(stalledToEscalate(), caseId -> claimStallEscalation(caseId, today));
        return new RunSummary(digests.sent(), escalations.sent() + stalls.sent(),
                digests.failed() + escalations.failed() + stalls.failed());
    }

    private record Outcome(int sent, int failed) {
    }

    /** Claims each candidate in its own transaction and sends what this instance won. */
    private Outcome claimAndSend(List<String> candidates, Function<String, Optional<String>> claim) {
        int sent = 0;
        int failed = 0;
        for (String candidate : candidates) {
            Optional<String> claimed = QuarkusTransaction.requiringNew().call(() -> claim.apply(candidate));
            if (claimed.isPresent()) {
                if (deliver(claimed.get())) {
                    sent++;
                } else {
                    failed++;
                }
            }
        }
        return new Outcome(sent, failed);
    }

    /**
     * Sends again what failed, and what an instance claimed but never finished (it died mid-send). Rows are
     * taken with {@code FOR UPDATE SKIP LOCKED}, so two instances retrying at once split them. Trainer notices are
     * not among them: their text holds no secret, and {@code selfreport.TrainerNotices} retries them with a fresh one.
     */
    public int retryUnsent() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<String> taken = em.createNativeQuery("""
                    SELECT id FROM reminder
                    WHERE status <> 'SENT' AND attempts < :max AND kind <> 'TRAINER_NOTICE'
                      AND (status = 'FAILED' OR claimed_at < :stale)
                    ORDER BY claimed_at
                    LIMIT :batch
                    FOR UPDATE SKIP LOCKED""")
                    .setParameter("max", config.reminders().maxAttempts())
                    .setParameter("stale", now.minusMinutes(config.reminders().staleClaimMinutes()))
                    .setParameter("batch", RETRY_BATCH)
                    .getResultList();
            if (!taken.isEmpty()) {
                em.createNativeQuery("UPDATE reminder SET status = 'SENDING', claimed_at = :now, attempts = attempts + 1 "
                        + "WHERE id IN (:ids)").setParameter("now", now).setParameter("ids", taken).executeUpdate();
            }
            return taken;
        });
        int sent = 0;
        for (String id : ids) {
            if (deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    /** One index probe per caller (there are few callers and many cases). */
    private List<String> callersWithCallsDue(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select k.id from Caller k
                where exists (select 1 from FollowupCase c
                              where c.callerId = k.id and c.status = :open and c.nextCallDue <= :today)
                order by k.id""", String.class)
                .setParameter("open", CaseStatus.OPEN).setParameter("today", today).getResultList());
    }

    /**
     * Open cases late enough to escalate, whose caller has a manager and whose call is not yet escalated. The
     * marker column is left out of the entity on purpose: Hibernate never writes it back from a stale copy.
     */
    private List<String> casesToEscalate(LocalDate latestLate) {
        @SuppressWarnings("unchecked")
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT c.id FROM followup_case c JOIN caller k ON k.id = c.caller_id
                WHERE k.manager_email IS NOT NULL AND c.status = 'OPEN' AND c.next_call_due <= :latest
                  AND c.escalated_call_number < c.call_number""")
                .setParameter("latest", latestLate).getResultList());
        return ids;
    }

    /** Open STALLED cases whose trainer's line manager is known and not yet told (the marker, as above). */
    private List<String> stalledToEscalate() {
        @SuppressWarnings("unchecked")
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT c.id FROM followup_case c
                WHERE c.status = 'OPEN' AND c.phase = 'STALLED' AND c.manager_email IS NOT NULL AND NOT c.stall_escalated
                ORDER BY c.next_call_due, c.id""").getResultList());
        return ids;
    }

    /**
     * The one escalation of a stalled case, to the trainer's line manager (kind ESCALATION, key STALL:case): the
     * cascade has not started after the calls made, or the trainer could not be reached.
     */
    private Optional<String> claimStallEscalation(String caseId, LocalDate today) {
        FollowupCase c = FollowupCase.findById(caseId);
        Caller caller = c == null ? null : Caller.findById(c.callerId);
        if (caller == null || c.managerEmail == null || c.status != CaseStatus.OPEN || c.phase != CasePhase.STALLED) {
            return Optional.empty();
        }
        String why = c.noContactStreak > 0 && c.notStartedCalls < config.stall().notStartedCalls()
                ? c.noContactStreak + " follow-up calls in a row could not reach " + c.name
                : c.name + " has not yet started cascading after " + c.notStartedCalls + " follow-up calls";
        String subject = "Follow-up stalled: " + c.name + " (" + c.moduleRef + ")";
        String body = "Dear " + (c.managerName == null ? "manager" : c.managerName) + ",\n\n" + c.name
                + " completed " + c.moduleRef + " (train-the-trainer, " + c.process + ") on " + c.trainingEndedOn
                + " and is to cascade the training to colleagues. " + why + ". Their follow-up caller is " + caller.name
                + " <" + caller.email + ">; the next call is due on " + c.nextCallDue
                + ". Please talk to them about what stands in the way (time, a venue, your support).\n";
        em.createNativeQuery("UPDATE followup_case SET stall_escalated = true WHERE id = :id")
                .setParameter("id", c.id).executeUpdate();
        return claim("STALL:" + c.id, ReminderKind.ESCALATION, caller, c.managerEmail, today, subject, body,
                List.of(c.id));
    }

    private Optional<String> claimDigest(String callerId, LocalDate today) {
        Caller caller = Caller.findById(callerId);
        List<FollowupCase> due = FollowupCase.list(
                "callerId = ?1 and status = ?2 and nextCallDue <= ?3 order by nextCallDue, id", callerId,
                CaseStatus.OPEN, today);
        if (caller == null || due.isEmpty()) {
            return Optional.empty();
        }
        long overdue = due.stream().filter(c -> c.nextCallDue.isBefore(today)).count();
        String subject = "Follow-up calls for " + today + ": " + (due.size() - overdue) + " due, " + overdue + " overdue";
        StringBuilder body = new StringBuilder("Dear " + caller.name + ",\n\nthese follow-up calls are due today or overdue, oldest first:\n\n");
        due.forEach(c -> body.append(line(c, today)));
        return claim("DIGEST:" + callerId + ":" + today, ReminderKind.DIGEST, caller, caller.email, today, subject,
                body.toString(), due.stream().map(c -> c.id).toList());
    }

    private Optional<String> claimEscalation(String caseId, LocalDate today) {
        FollowupCase c = FollowupCase.findById(caseId);
        Caller caller = c == null ? null : Caller.findById(c.callerId);
        if (caller == null || caller.managerEmail == null || c.status != CaseStatus.OPEN) {
            return Optional.empty();
        }
        String subject = "Overdue follow-up call: " + c.name + " (" + c.moduleRef + "), due " + c.nextCallDue;
        String body = "Call " + c.callNumber + " to " + c.name + " was due on " + c.nextCallDue + " and is "
                + ESCALATE_AFTER_WORKING_DAYS + " working days overdue. It is assigned to " + caller.name + " <"
                + caller.email + ">.\n\n" + line(c, today);
        em.createNativeQuery("UPDATE followup_case SET escalated_call_number = :n WHERE id = :id AND escalated_call_number < :n")
                .setParameter("n", c.callNumber).setParameter("id", c.id).executeUpdate();
        return claim("ESCALATION:" + c.id + ":" + c.callNumber, ReminderKind.ESCALATION, caller, caller.managerEmail,
                today, subject, body, List.of(c.id));
    }

    private static String line(FollowupCase c, LocalDate today) {
        return "- " + (c.nextCallDue.isBefore(today) ? "OVERDUE since " : "due ") + c.nextCallDue + ": call "
                + c.callNumber + " to " + c.name + " (" + c.agencyCode + ")"
                + (c.phase == CasePhase.STALLED ? " [STALLED]" : "")
                + (c.cascadeDetectedOn == null ? "" : " [cascade detected " + c.cascadeDetectedOn + ": ask about the materials]")
                + (c.phone == null ? "" : ", phone " + c.phone) + (c.email == null ? "" : ", " + c.email) + "; "
                + c.moduleRef + ", training ended " + c.trainingEndedOn + "\n";
    }

    /** Inserts the reminder unless its key exists: the insert that wins is the claim. */
    private Optional<String> claim(String key, ReminderKind kind, Caller caller, String recipient, LocalDate forDate,
            String subject, String body, List<String> caseIds) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int inserted = em.createNativeQuery("""
                INSERT INTO reminder (id, reminder_key, kind, caller_id, for_date, recipient, subject, body, status,
                                      attempts, claimed_at, created_at)
                VALUES (:id, :key, :kind, :caller, :forDate, :recipient, :subject, :body, 'SENDING', 1, :now, :now)
                ON CONFLICT (reminder_key) DO NOTHING""")
                .setParameter("id", id).setParameter("key", key).setParameter("kind", kind.name())
                .setParameter("caller", caller.id).setParameter("forDate", forDate).setParameter("recipient", recipient)
                .setParameter("subject", subject).setParameter("body", body).setParameter("now", now)
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        em.createNativeQuery("INSERT INTO reminder_case (reminder_id, case_id) SELECT :r, id FROM followup_case WHERE id IN (:cases)")
                .setParameter("r", id).setParameter("cases", caseIds).executeUpdate();
        return Optional.of(id);
    }

    /** Sends a claimed reminder and records the outcome; answers whether it went out. */
    private boolean deliver(String reminderId) {
        Reminder r = QuarkusTransaction.requiringNew().call(() -> Reminder.<Reminder>findById(reminderId));
        try {
            mail.send(r.recipient, r.subject, r.body);
        } catch (RuntimeException e) {
            LOG.warnf("Sending reminder %s to %s failed: %s", r.id, r.recipient, e.getMessage());
            String error = e.getMessage() == null ? "send failed" : e.getMessage();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "UPDATE reminder SET status = 'FAILED', last_error = :error WHERE id = :id")
                    .setParameter("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                    .setParameter("id", reminderId).executeUpdate());
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE reminder SET status = 'SENT', sent_at = :now, last_error = NULL WHERE id = :id")
                .setParameter("now", OffsetDateTime.now(clock)).setParameter("id", reminderId).executeUpdate());
        return true;
    }

    /** What went out to or about a caller, newest first; a caller sees only their own. */
    public Page<Reminder> forCaller(String callerId, PageRequest page, Requester requester) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CallerService.requireCaller(callerId, reaches.reading(requester));
            Page<Reminder> found = page("caller_id = :subject", callerId, page);
            concernsPeopleOf(found);
            return found;
        });
    }

    /** The digests that listed a case and its escalations, newest first; a caller sees only their own cases'. */
    public Page<Reminder> forCase(String caseId, PageRequest page, Requester requester) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Reach reach = reaches.reading(requester);
            FollowupCase c = FollowupCase.findById(caseId);
            if (c == null || !reach.covers(c.callerId)) {
                throw DomainException.notFound("Follow-up case", caseId);
            }
            audit.concerns(c.personId);
            return page("id in (select reminder_id from reminder_case where case_id = :subject)", caseId, page);
        });
    }

    /** The audit trail names the trainers whose cases the listed reminders were about. */
    private void concernsPeopleOf(Page<Reminder> reminders) {
        if (reminders.items().isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> people = em.createNativeQuery("SELECT DISTINCT c.person_id FROM reminder_case rc"
                + " JOIN followup_case c ON c.id = rc.case_id WHERE rc.reminder_id IN (:ids)")
                .setParameter("ids", reminders.items().stream().map(r -> r.id).toList()).getResultList();
        people.forEach(audit::concerns);
    }

    private Page<Reminder> page(String where, String subject, PageRequest page) {
        String sql = "SELECT * FROM reminder WHERE " + where;
        Optional<Keyset> after = Keyset.after(page);
        if (after.isPresent()) {
            sql += " AND (created_at, id) < (:afterAt, :afterId)";
        }
        var query = em.createNativeQuery(sql + " ORDER BY created_at DESC, id DESC LIMIT :n", Reminder.class)
                .setParameter("subject", subject).setParameter("n", page.fetchSize());
        if (after.isPresent()) {
            query.setParameter("afterAt", OffsetDateTime.ofInstant(after.get().instant(), ZoneOffset.UTC))
                    .setParameter("afterId", after.get().id());
        }
        @SuppressWarnings("unchecked")
        List<Reminder> rows = query.getResultList();
        return page.page(rows, r -> Keyset.key(r.createdAt.toInstant(), r.id), Function.identity());
    }
}
