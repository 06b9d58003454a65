package org.iwtraining.followup.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.iwtraining.followup.CallOutcome;

/** A call made on a case; {@code cascadeStartedOn} only with CASCADE_STARTED (null: the call's date). */
public record CallReport(CallOutcome outcome, OffsetDateTime calledAt, String notes, String materialsFeedback,
        LocalDate cascadeStartedOn) {
}
