package org.iwtraining.followup.events;

/** What an event did: cases closed, cases whose contact details changed, and whether it was a redelivery. */
public record EventOutcome(int closedCases, int updatedCases, boolean replay) {
}
