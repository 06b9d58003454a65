package org.iwtraining.followup.rest;

import java.util.List;

import org.iwtraining.followup.stats.Stats;

/** Follow-up figures overall, by module and by agency. */
public record StatsView(Figures overall, List<ModuleFigures> byModule, List<AgencyFigures> byAgency) {

    public static StatsView from(Stats stats) {
        return new StatsView(Figures.from(stats.overall()),
                stats.byModule().entrySet().stream()
                        .map(e -> new ModuleFigures(e.getKey(), Figures.from(e.getValue()))).toList(),
                stats.byAgency().entrySet().stream()
                        .map(e -> new AgencyFigures(e.getKey(), Figures.from(e.getValue()))).toList());
    }

    /** The figures of {@link org.iwtraining.followup.stats.Figures}, as the API shows them. */
    public record Figures(long openCases, long closedCases, Double callsPerClosedCase, Double medianDaysToCascade) {

        static Figures from(org.iwtraining.followup.stats.Figures f) {
            return new Figures(f.openCases(), f.closedCases(), f.callsPerClosedCase(), f.medianDaysToCascade());
        }
    }

    public record ModuleFigures(String moduleRef, Figures figures) {
    }

    public record AgencyFigures(String agencyCode, Figures figures) {
    }
}
