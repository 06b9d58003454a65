package org.iwtraining.followup.rest;

import java.time.OffsetDateTime;

import org.iwtraining.followup.CaseAssignment;

/** One assignment of the case to a caller; {@code endedAt} null for the current one. */
public record AssignmentView(String callerId, OffsetDateTime assignedAt, OffsetDateTime endedAt) {

    public static AssignmentView from(CaseAssignment a) {
        return new AssignmentView(a.callerId, a.assignedAt, a.endedAt);
    }
}
