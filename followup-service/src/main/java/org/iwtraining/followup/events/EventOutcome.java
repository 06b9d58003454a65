package org.iwtraining.followup.events;

/**
 * Cases an event closed and cases whose contact details it changed; {@code replay} for a redelivery, which
 * changes nothing.
 */
public record EventOutcome(int closedCases, int updatedCases, boolean replay) {
}
