package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.iwtraining.conventions.audit.ConcernsPeople;
import org.iwtraining.followup.CaseStatus;
import org.iwtraining.followup.ClosedReason;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.Process;

/** A follow-up case with its calls, oldest first. {@code nextCallDue} is null once the case is closed. */
public record CaseView(String id, CaseStatus status, String personId, String name, String email, String phone,
        String agencyCode, String moduleRef, Process process, String sessionId, LocalDate trainingEndedOn,
        String callerId, LocalDate nextCallDue, List<CallView> calls, LocalDate cascadeStartedOn,
        ClosedReason closedReason) implements ConcernsPeople {

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }

    public static CaseView from(FollowupCase c) {
        return new CaseView(c.id, c.status, c.personId, c.name, c.email, c.phone, c.agencyCode, c.moduleRef,
                c.process, c.sessionId, c.trainingEndedOn, c.callerId, c.nextCallDue,
                c.calls.stream().map(CallView::from).toList(), c.cascadeStartedOn, c.closedReason);
    }
}
