package org.iwtraining.followup.rest;

import java.util.List;

/** Follow-up figures overall, by module and by agency. */
public record StatsView(Figures overall, List<ModuleFigures> byModule, List<AgencyFigures> byAgency) {

    /**
     * {@code callsPerClosedCase}: completed calls (NO_CONTACT attempts left out) per closed case;
     * {@code medianDaysToCascade}: median days from the end of training to the start of cascading, over the
     * cases where the cascade start is known. Both null when there is nothing to measure.
     */
    public record Figures(long openCases, long closedCases, Double callsPerClosedCase, Double medianDaysToCascade) {
    }

    public record ModuleFigures(String moduleRef, Figures figures) {
    }

    public record AgencyFigures(String agencyCode, Figures figures) {
    }
}
