package org.iwtraining.followup.rest;

import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.conventions.audit.ConcernsPeople;
import org.iwtraining.followup.privacy.ErasureOutcome;

/** What an erasure did (replay=true on a redelivery, which erases nothing more). */
public record ErasureSummary(String personId,
        @Schema(description = "The person's cases: name replaced by the marker, e-mail and phone removed") int erasedCases,
        @Schema(description = "Their calls whose notes or materials feedback were replaced by the marker") int erasedCalls,
        @Schema(description = "Reminders whose mentions of the person were replaced by the marker") int erasedReminders,
        @Schema(description = "Open cases closed ERASED: out of the callers' queues and calendars") int closedCases,
        boolean replay) implements ConcernsPeople {

    public static ErasureSummary from(ErasureOutcome o) {
        return new ErasureSummary(o.personId(), o.cases(), o.calls(), o.reminders(), o.closedCases(), o.replay());
    }

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }
}
