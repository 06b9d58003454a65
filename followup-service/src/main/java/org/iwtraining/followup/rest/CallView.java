package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.iwtraining.followup.CallOutcome;
import org.iwtraining.followup.FollowupCall;

/** A call on a case; {@code number} is the call's number in the case (a NO_CONTACT retry keeps it). */
public record CallView(String id, int number, CallOutcome outcome, OffsetDateTime calledAt, String notes,
        String materialsFeedback, LocalDate cascadeStartedOn) {

    public static CallView from(FollowupCall c) {
        return new CallView(c.id, c.number, c.outcome, c.calledAt, c.notes, c.materialsFeedback, c.cascadeStartedOn);
    }
}
