package org.iwtraining.followup.privacy;

/**
 * What an erasure did: the person's cases (name and contact details replaced), calls (notes replaced), reminders
 * (their mentions of the person replaced), the open cases it closed (ERASED), and whether it was a redelivery.
 */
public record ErasureOutcome(String personId, int cases, int calls, int reminders, int closedCases, boolean replay) {
}
