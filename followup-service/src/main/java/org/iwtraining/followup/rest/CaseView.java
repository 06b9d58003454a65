package org.iwtraining.followup.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.iwtraining.conventions.audit.ConcernsPeople;
import org.iwtraining.conventions.time.Zones;
import org.iwtraining.followup.CasePhase;
import org.iwtraining.followup.CaseStatus;
import org.iwtraining.followup.ClosedReason;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.Process;

/**
 * A follow-up case with its calls, oldest first, every cascade recorded on it (in the suite or outside, with
 * attendee counts), the trainer's self-reports, and its assignments to callers. {@code nextCallDue} and
 * {@code phase} are null once the case is closed; {@code cascadeDetectedOn} is the earliest cascade detected.
 * {@code behindTarget}: the colleagues reached fall short of the target pro rata of the time passed.
 */
public record CaseView(String id, CaseStatus status, CasePhase phase, String personId, String name, String email,
        String phone, String agencyCode, String managerName, String managerEmail, String moduleRef, Process process,
        String sessionId, LocalDate trainingEndedOn, String callerId, LocalDate nextCallDue, boolean firstCallMade,
        List<CallView> calls, LocalDate cascadeDetectedOn, LocalDate cascadeStartedOn, ClosedReason closedReason,
        LocalDate stalledOn, List<CascadeView> cascades, int colleaguesReached, Integer targetColleagues,
        LocalDate targetBy, boolean behindTarget, List<CaseUpdateView> updates, List<AssignmentView> assignments)
        implements ConcernsPeople {

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }

    public static CaseView from(FollowupCase c, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.LONDON);
        return new CaseView(c.id, c.status, c.phase, c.personId, c.name, c.email, c.phone, c.agencyCode,
                c.managerName, c.managerEmail, c.moduleRef, c.process, c.sessionId, c.trainingEndedOn, c.callerId,
                c.nextCallDue, c.firstCallMade(), c.calls.stream().map(CallView::from).toList(), c.cascadeDetectedOn,
                c.cascadeStartedOn, c.closedReason, c.stalledOn, c.cascades.stream().map(CascadeView::from).toList(),
                c.colleaguesReached, c.targetColleagues, c.targetBy, c.isOpen() && c.behindTarget(today),
                c.updates.stream().map(CaseUpdateView::from).toList(),
                c.assignments.stream().map(AssignmentView::from).toList());
    }
}
