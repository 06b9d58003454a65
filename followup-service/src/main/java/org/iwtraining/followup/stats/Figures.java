package org.iwtraining.followup.stats;

/**
 * {@code callsPerClosedCase}: completed calls (NO_CONTACT attempts left out) per closed case;
 * {@code medianDaysToCascade}: median days from the end of training to the start of cascading, over the cases
 * where the cascade start is known. Both null when there is nothing to measure.
 */
public record Figures(long openCases, long closedCases, Double callsPerClosedCase, Double medianDaysToCascade) {

    static final Figures NONE = new Figures(0, 0, null, null);
}
