package org.iwtraining.followup.selfreport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.iwtraining.conventions.audit.AuditContext;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.security.SecretTokens;
import org.iwtraining.conventions.time.Zones;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.SelfReport;
import org.iwtraining.followup.access.Requester;
import org.iwtraining.followup.access.Reaches;

/**
 * A trainer's self-report, through the link of a trainer notice: trainers have no role and no sign-in, so the
 * link's secret token (issued by {@link TrainerNotices}, kept only hashed) is their key. It opens the case's page
 * while the case is open; a missing, wrong or spent token (its case closed) is answered as if the case did not
 * exist. Showing the page changes nothing (mail scanners open links); only the form's POST records a report.
 */
@ApplicationScoped
@Transactional
public class SelfReportService {

    static final int MAX_AGENCIES = 30;
    static final int MAX_ATTENDEES = 10_000;

    private final Clock clock;
    private final EntityManager em;
    private final CaseUpdates cases;
    private final Reaches reaches;
    private final AuditContext audit;

    public SelfReportService(Clock clock, EntityManager em, CaseUpdates cases, Reaches reaches, AuditContext audit) {
        this.clock = clock;
        this.em = em;
        this.cases = cases;
        this.reaches = reaches;
        this.audit = audit;
    }

    /** What the page shows; reads only. */
    public SelfReportForm form(String caseId, String token) {
        FollowupCase c = openCaseOf(caseId, token, false);
        return new SelfReportForm(c.id, c.moduleRef, c.process.name(), c.callNumber, c.nextCallDue);
    }

    /** Records the trainer's report on their case (SELF_REPORTED) and hands it to the case. */
    public SelfReport record(String caseId, String token, SelfReportDraft draft) {
        FollowupCase c = openCaseOf(caseId, token, true);
        validate(draft, c);
        SelfReport report = new SelfReport();
        report.id = UUID.randomUUID().toString();
        report.caseId = c.id;
        report.reportedAt = OffsetDateTime.now(clock);
        report.started = draft.started();
        report.startedOn = draft.startedOn();
        report.attendees = draft.attendees();
        report.agencies = String.join("\n", draft.agencies());
        report.persist();
        audit.concerns(c.personId);
        cases.recordSelfReport(c.id, report);
        return report;
    }

    /** The self-reports of a case, oldest first, for those who may read the case (a caller: their own). */
    public List<SelfReport> forCase(String caseId, Requester requester) {
        FollowupCase c = FollowupCase.findById(caseId);
        if (c == null || !reaches.reading(requester).covers(c.callerId)) {
            throw DomainException.notFound("Follow-up case", caseId);
        }
        audit.concerns(c.personId);
        return SelfReport.list("caseId = ?1 order by reportedAt, id", caseId);
    }

    /** Issues a new self-report secret for the case (each notice its own); answers it, keeps only its hash. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issueToken(String caseId) {
        String token = SecretTokens.generate();
        em.createNativeQuery("INSERT INTO self_report_token (token_hash, case_id, issued_at) VALUES (:hash, :case, :now)")
                .setParameter("hash", SecretTokens.hash(token)).setParameter("case", caseId)
                .setParameter("now", OffsetDateTime.now(clock)).executeUpdate();
        return token;
    }

    private FollowupCase openCaseOf(String caseId, String token, boolean forUpdate) {
        FollowupCase c = null;
        if (caseId != null) {
            c = forUpdate ? FollowupCase.<FollowupCase>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                    : FollowupCase.<FollowupCase>findById(caseId);
        }
        if (c == null || !c.isOpen() || !holdsToken(caseId, token)) {
            throw DomainException.notFound("Follow-up case", caseId);
        }
        return c;
    }

    private boolean holdsToken(String caseId, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        List<?> hashes = em.createNativeQuery("SELECT token_hash FROM self_report_token WHERE case_id = :case")
                .setParameter("case", caseId).getResultList();
        boolean matched = false;
        for (Object hash : hashes) {
            matched |= SecretTokens.matches(token, hash.toString().trim());
        }
        return matched;
    }

    private void validate(SelfReportDraft draft, FollowupCase c) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.LONDON);
        if (!draft.started()) {
            if (draft.startedOn() != null) {
                throw DomainException.invalid("startedOn", "only goes with started = yes");
            }
            if (draft.attendees() != null) {
                throw DomainException.invalid("attendees", "only goes with started = yes");
            }
            return;
        }
        if (draft.startedOn() == null) {
            throw DomainException.invalid("startedOn", "is required when the cascade has started");
        }
        if (draft.startedOn().isAfter(today)) {
            throw DomainException.invalid("startedOn", "may not lie in the future");
        }
        if (draft.startedOn().isBefore(c.trainingEndedOn)) {
            throw DomainException.invalid("startedOn", "may not be before the training ended (" + c.trainingEndedOn + ")");
        }
        if (draft.attendees() != null && (draft.attendees() < 0 || draft.attendees() > MAX_ATTENDEES)) {
            throw DomainException.invalid("attendees", "must be between 0 and " + MAX_ATTENDEES);
        }
        if (draft.agencies().size() > MAX_AGENCIES) {
            throw DomainException.invalid("agencies", "at most " + MAX_AGENCIES + " agencies");
        }
        if (draft.agencies().stream().anyMatch(a -> a.length() > 100)) {
            throw DomainException.invalid("agencies", "each at most 100 characters");
        }
    }
}
