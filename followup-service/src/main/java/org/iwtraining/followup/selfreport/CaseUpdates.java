package org.iwtraining.followup.selfreport;

/**
 * What the follow-up case makes of a trainer's self-report (SELF_REPORTED), called in the transaction that checked
 * its token: the cases wing keeps it in the case's history and records a started cascade on the case (its date,
 * attendees) without closing it or moving the first call. {@link CaseRecorded} hands it to the cases wing.
 */
public interface CaseUpdates {

    void recordSelfReport(String caseId, SelfReportDraft report);
}
