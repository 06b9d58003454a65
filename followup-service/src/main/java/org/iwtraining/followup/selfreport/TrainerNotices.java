package org.iwtraining.followup.selfreport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.iwtraining.conventions.time.Zones;
import org.iwtraining.conventions.workingdays.WorkingCalendar;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.Reminder;
import org.iwtraining.followup.ReminderKind;
import org.iwtraining.followup.config.FollowupConfig;
import org.iwtraining.followup.reminders.MailGateway;
import org.iwtraining.followup.workingdays.BankHolidayService;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Trainer notices (reminder kind TRAINER_NOTICE): when a case's call is due in
 * {@code followup.trainer-notices.working-days-ahead} (2) working days, its trainer gets one e-mail saying the
 * call is coming, with a link to report on their cascade themselves. One per (case, call) across any number of
 * instances: the claim is the insert of the reminder's unique key, as for digests and escalations.
 * <p>
 * The link's secret is issued when the mail is sent and kept only hashed, so the stored reminder says where the
 * token went but never holds it; a failed send is retried (here, not by the caller reminders' retry, which would
 * send the stored text) with a fresh secret.
 */
@ApplicationScoped
public class TrainerNotices {

    /** What the stored text holds where the mail held the secret. */
    static final String TOKEN_MARK = "[sent by e-mail only]";
    private static final int RETRY_BATCH = 100;
    private static final Logger LOG = Logger.getLogger(TrainerNotices.class);

    private final Clock clock;
    private final BankHolidayService calendars;
    private final MailGateway mail;
    private final FollowupConfig config;
    private final EntityManager em;
    private final SelfReportService selfReports;

    public TrainerNotices(Clock clock, BankHolidayService calendars, MailGateway mail, FollowupConfig config,
            EntityManager em, SelfReportService selfReports) {
        this.clock = clock;
        this.calendars = calendars;
        this.mail = mail;
        this.config = config;
        this.em = em;
        this.selfReports = selfReports;
    }

    /** The working-day run: a notice for every open case whose call falls due within the notice's reach. Answers how many went out. */
    public int sendDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.LONDON);
        WorkingCalendar calendar = QuarkusTransaction.requiringNew().call(calendars::calendar);
        if (!calendar.isWorkingDay(today)) {
            return 0;
        }
        LocalDate horizon = calendar.plusWorkingDays(today, config.trainerNotices().workingDaysAhead());
        int sent = 0;
        for (String caseId : dueWithin(today, horizon)) {
            Optional<Claimed> claimed = QuarkusTransaction.requiringNew().call(() -> claim(caseId, today, horizon));
            if (claimed.isPresent() && deliver(claimed.get())) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends again the notices that failed or whose sender died mid-send, each with a fresh secret, while their case is open. */
    public int retryUnsent() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> taken = QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT r.id, rc.case_id FROM reminder r JOIN reminder_case rc ON rc.reminder_id = r.id
                    JOIN followup_case c ON c.id = rc.case_id
                    WHERE r.kind = 'TRAINER_NOTICE' AND r.status <> 'SENT' AND r.attempts < :max
                      AND (r.status = 'FAILED' OR r.claimed_at < :stale) AND c.status = 'OPEN'
                    ORDER BY r.claimed_at
                    LIMIT :batch
                    FOR UPDATE OF r SKIP LOCKED""")
                    .setParameter("max", config.reminders().maxAttempts())
                    .setParameter("stale", now.minusMinutes(config.reminders().staleClaimMinutes()))
                    .setParameter("batch", RETRY_BATCH).getResultList();
            return rows.stream().map(row -> {
                em.createNativeQuery("UPDATE reminder SET status = 'SENDING', claimed_at = :now, attempts = attempts + 1 WHERE id = :id")
                        .setParameter("now", now).setParameter("id", row[0]).executeUpdate();
                return new Object[] { row[0], selfReports.issueToken((String) row[1]) };
            }).toList();
        });
        int sent = 0;
        for (Object[] row : taken) {
            if (deliver(new Claimed((String) row[0], (String) row[1]))) {
                sent++;
            }
        }
        return sent;
    }

    private record Claimed(String reminderId, String token) {
    }

    private List<String> dueWithin(LocalDate today, LocalDate horizon) {
        @SuppressWarnings("unchecked")
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT c.id FROM followup_case c
                WHERE c.status = 'OPEN' AND c.email IS NOT NULL AND c.erased_at IS NULL
                  AND c.next_call_due > :today AND c.next_call_due <= :horizon
                  AND NOT EXISTS (SELECT 1 FROM reminder r
                                  WHERE r.reminder_key = 'TRAINER_NOTICE:' || c.id || ':' || c.call_number)
                ORDER BY c.next_call_due, c.id""")
                .setParameter("today", today).setParameter("horizon", horizon).getResultList());
        return ids;
    }

    /** Inserts the notice unless its key exists (the insert that wins is the claim), and issues the link's secret. */
    private Optional<Claimed> claim(String caseId, LocalDate today, LocalDate horizon) {
        FollowupCase c = FollowupCase.findById(caseId);
        if (c == null || !c.isOpen() || c.email == null || c.erasedAt != null || c.nextCallDue == null
                || !c.nextCallDue.isAfter(today) || c.nextCallDue.isAfter(horizon)) {
            return Optional.empty();
        }
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String subject = "Your follow-up call about " + c.moduleRef + " is coming on " + c.nextCallDue;
        int inserted = em.createNativeQuery("""
                INSERT INTO reminder (id, reminder_key, kind, caller_id, for_date, recipient, subject, body, status,
                                      attempts, claimed_at, created_at)
                VALUES (:id, :key, :kind, :caller, :forDate, :recipient, :subject, :body, 'SENDING', 1, :now, :now)
                ON CONFLICT (reminder_key) DO NOTHING""")
                .setParameter("id", id).setParameter("key", "TRAINER_NOTICE:" + c.id + ":" + c.callNumber)
                .setParameter("kind", ReminderKind.TRAINER_NOTICE.name()).setParameter("caller", c.callerId)
                .setParameter("forDate", today).setParameter("recipient", c.email).setParameter("subject", subject)
                .setParameter("body", body(c, TOKEN_MARK)).setParameter("now", now).executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        em.createNativeQuery("INSERT INTO reminder_case (reminder_id, case_id) VALUES (:r, :c)")
                .setParameter("r", id).setParameter("c", c.id).executeUpdate();
        return Optional.of(new Claimed(id, selfReports.issueToken(c.id)));
    }

    private String body(FollowupCase c, String token) {
        String base = config.trainerNotices().publicUrl().replaceAll("/+$", "");
        return "Dear " + c.name + ",\n\n"
                + "after your " + c.moduleRef + " train-the-trainer training, the training team will call you on or soon after "
                + c.nextCallDue + " (call " + c.callNumber + ") to hear how the materials are being received by your colleagues "
                + "and whether you have started to deliver the training.\n\n"
                + "If you have already delivered a session, or not yet, you can tell us now, without signing in:\n"
                + base + "/followups/" + c.id + "/self-report?token=" + token + "\n\n"
                + "The link works until your follow-up is closed. Please do not forward it. The call still takes place.\n";
    }

    /** Sends a claimed notice with the secret in its link and records the outcome; answers whether it went out. */
    private boolean deliver(Claimed claimed) {
        Reminder r = QuarkusTransaction.requiringNew().call(() -> Reminder.<Reminder>findById(claimed.reminderId()));
        try {
            mail.send(r.recipient, r.subject, r.body.replace("token=" + TOKEN_MARK, "token=" + claimed.token()));
        } catch (RuntimeException e) {
            LOG.warnf("Sending trainer notice %s failed: %s", r.id, e.getMessage());
            String error = e.getMessage() == null ? "send failed" : e.getMessage();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "UPDATE reminder SET status = 'FAILED', last_error = :error WHERE id = :id")
                    .setParameter("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                    .setParameter("id", r.id).executeUpdate());
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE reminder SET status = 'SENT', sent_at = :now, last_error = NULL WHERE id = :id")
                .setParameter("now", OffsetDateTime.now(clock)).setParameter("id", r.id).executeUpdate());
        return true;
    }
}
