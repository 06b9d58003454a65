package org.iwtraining.followup.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.iwtraining.followup.Barrier;
import org.iwtraining.followup.CallOutcome;
import org.iwtraining.followup.MaterialsReception;

/**
 * A call made on a case; {@code cascadeStartedOn} only with CASCADE_STARTED (null: the call's date), the structured
 * fields ({@code materialsReception}, {@code barriers}, {@code supportRequested}) with a call that reached the
 * trainer, {@code plannedCascadeOn} only with NOT_STARTED. {@code barriers} may be null (none).
 */
public record CallReport(CallOutcome outcome, OffsetDateTime calledAt, String notes, String materialsFeedback,
        LocalDate cascadeStartedOn, MaterialsReception materialsReception, List<Barrier> barriers,
        String supportRequested, LocalDate plannedCascadeOn) {

    /** A call with notes only (no structured fields). */
    public CallReport(CallOutcome outcome, OffsetDateTime calledAt, String notes, String materialsFeedback,
            LocalDate cascadeStartedOn) {
        this(outcome, calledAt, notes, materialsFeedback, cascadeStartedOn, null, null, null, null);
    }
}
