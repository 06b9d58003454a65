package org.iwtraining.followup.rest;

import org.iwtraining.followup.events.EventOutcome;

/** What an event did: cases closed, cases whose contact details changed, and whether it was a redelivery. */
public record EventSummary(int closedCases, int updatedCases, boolean replay) {

    public static EventSummary from(EventOutcome outcome) {
        return new EventSummary(outcome.closedCases(), outcome.updatedCases(), outcome.replay());
    }
}
