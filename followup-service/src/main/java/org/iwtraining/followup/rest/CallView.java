package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.iwtraining.followup.Barrier;
import org.iwtraining.followup.CallOutcome;
import org.iwtraining.followup.FollowupCall;
import org.iwtraining.followup.MaterialsReception;

/** A call on a case; {@code number} is the call's number in the case (a NO_CONTACT retry keeps it). */
public record CallView(String id, int number, CallOutcome outcome, OffsetDateTime calledAt, String notes,
        String materialsFeedback, LocalDate cascadeStartedOn, MaterialsReception materialsReception,
        List<Barrier> barriers, String supportRequested, LocalDate plannedCascadeOn) {

    public static CallView from(FollowupCall c) {
        return new CallView(c.id, c.number, c.outcome, c.calledAt, c.notes, c.materialsFeedback, c.cascadeStartedOn,
                c.materialsReception, c.barriers == null ? List.of() : List.copyOf(c.barriers), c.supportRequested,
                c.plannedCascadeOn);
    }
}
