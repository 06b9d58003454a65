package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.iwtraining.conventions.audit.ConcernsPeople;
import org.iwtraining.followup.CasePhase;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.Process;
import org.iwtraining.followup.callers.QueueItem;

/**
 * A call in a caller's queue: due that day, or overdue, with what the caller needs to make it, and its flags:
 * {@code stalled} (escalated to the trainer's manager), {@code cascadeDetectedOn} (the first call asks about the
 * materials, then closes the case), {@code behindTarget}.
 */
public record QueueItemView(String caseId, int callNumber, LocalDate due, boolean overdue, CasePhase phase,
        boolean stalled, LocalDate cascadeDetectedOn, boolean behindTarget, String personId, String name, String email,
        String phone, String agencyCode, String moduleRef, Process process, String sessionId, LocalDate trainingEndedOn)
        implements ConcernsPeople {

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }

    public static QueueItemView from(QueueItem item) {
        FollowupCase c = item.followupCase();
        return new QueueItemView(c.id, c.callNumber, c.nextCallDue, item.overdue(), c.phase,
                c.phase == CasePhase.STALLED, c.cascadeDetectedOn, item.behindTarget(), c.personId, c.name, c.email,
                c.phone, c.agencyCode, c.moduleRef, c.process, c.sessionId, c.trainingEndedOn);
    }
}
