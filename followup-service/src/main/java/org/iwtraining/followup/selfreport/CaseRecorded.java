package org.iwtraining.followup.selfreport;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.followup.SelfReport;
import org.iwtraining.followup.cases.CaseService;

/**
 * A self-report becomes the case's SELF_REPORTED update (and, when the cascade has started, a SELF_REPORT cascade on
 * the case, which keeps its first call due), through the cases wing's own rules. The agencies a trainer writes are
 * free text, not agency codes with counts: they travel in the update's note for the caller to read.
 */
@ApplicationScoped
class CaseRecorded implements CaseUpdates {

    private final CaseService cases;

    CaseRecorded(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void recordSelfReport(String caseId, SelfReport report) {
        String agencies = report.agencyList().isEmpty() ? null : "Agencies: " + String.join(", ", report.agencyList());
        cases.recordSelfReport(caseId, new org.iwtraining.followup.cases.SelfReport(report.started, report.startedOn,
                report.attendees, Map.of(), agencies));
    }
}
