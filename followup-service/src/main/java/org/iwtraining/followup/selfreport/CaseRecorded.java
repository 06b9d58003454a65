package org.iwtraining.followup.selfreport;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.followup.cases.CaseService;
import org.iwtraining.followup.cases.SelfReport;

/**
 * A self-report becomes the case's SELF_REPORTED update (and, when the cascade has started, a SELF_REPORT cascade on
 * the case, which keeps its first call due), through the cases wing's own rules. The agencies a trainer writes are
 * free text, not agency codes with counts: the update keeps them as written, for the caller to read.
 */
@ApplicationScoped
class CaseRecorded implements CaseUpdates {

    private final CaseService cases;

    CaseRecorded(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void recordSelfReport(String caseId, SelfReportDraft report) {
        cases.recordSelfReport(caseId, new SelfReport(report.started(), report.startedOn(), report.attendees(),
                report.agencies()));
    }
}
