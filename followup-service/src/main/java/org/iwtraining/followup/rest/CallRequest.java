package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iwtraining.followup.Barrier;
import org.iwtraining.followup.CallOutcome;
import org.iwtraining.followup.MaterialsReception;
import org.iwtraining.followup.cases.CallReport;

/**
 * A call made on a case; {@code cascadeStartedOn} only with CASCADE_STARTED (defaults to the call's date, or the
 * detected cascade's). A call that reached the trainer may say how the materials are received, what stands in the
 * way and what support they asked for; {@code plannedCascadeOn} (only with NOT_STARTED) brings the next call forward
 * to the working day after it when that is sooner than 14 days.
 */
public record CallRequest(
        @NotNull CallOutcome outcome,
        @NotNull OffsetDateTime calledAt,
        @Size(max = 10000) String notes,
        @Size(max = 10000) String materialsFeedback,
        LocalDate cascadeStartedOn,
        MaterialsReception materialsReception,
        @Size(max = 6) List<@NotNull Barrier> barriers,
        @Size(max = 10000) String supportRequested,
        LocalDate plannedCascadeOn) {

    public CallReport report() {
        return new CallReport(outcome, calledAt, notes, materialsFeedback, cascadeStartedOn, materialsReception,
                barriers, supportRequested, plannedCascadeOn);
    }
}
