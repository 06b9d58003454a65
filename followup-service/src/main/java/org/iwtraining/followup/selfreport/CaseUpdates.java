package org.iwtraining.followup.selfreport;

import org.iwtraining.followup.SelfReport;

/**
 * What the follow-up case makes of a trainer's self-report (SELF_REPORTED), called in the transaction that stored
 * it: the cases wing records a started cascade on the case (its date, attendees, agencies) without closing it or
 * moving the first call. Until the cases wing implements it, {@link StoredOnly} keeps the report alone, which the
 * case's callers read at {@code GET /followups/{id}/self-reports}.
 */
public interface CaseUpdates {

    void recordSelfReport(String caseId, SelfReport report);
}
