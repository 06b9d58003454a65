package org.iwtraining.followup.selfreport;

import org.iwtraining.followup.SelfReport;

/**
 * What the follow-up case makes of a trainer's self-report (SELF_REPORTED), called in the transaction that stored
 * it: the cases wing records a started cascade on the case (its date, attendees, agencies) without closing it or
 * moving the first call. {@link CaseRecorded} hands it to the cases wing.
 */
public interface CaseUpdates {

    void recordSelfReport(String caseId, SelfReport report);
}
