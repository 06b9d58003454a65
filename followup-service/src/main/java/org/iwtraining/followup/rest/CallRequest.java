package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iwtraining.followup.CallOutcome;
import org.iwtraining.followup.cases.CallReport;

/** A call made on a case; {@code cascadeStartedOn} only with CASCADE_STARTED (defaults to the call's date). */
public record CallRequest(
        @NotNull CallOutcome outcome,
        @NotNull OffsetDateTime calledAt,
        @Size(max = 10000) String notes,
        @Size(max = 10000) String materialsFeedback,
        LocalDate cascadeStartedOn) {

    public CallReport report() {
        return new CallReport(outcome, calledAt, notes, materialsFeedback, cascadeStartedOn);
    }
}
