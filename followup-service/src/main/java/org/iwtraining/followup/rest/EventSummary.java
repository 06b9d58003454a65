package org.iwtraining.followup.rest;

/** What an event did: cases closed, cases whose contact details changed, and whether it was a redelivery. */
public record EventSummary(int closedCases, int updatedCases, boolean replay) {
}
