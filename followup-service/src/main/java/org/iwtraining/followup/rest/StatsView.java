package org.iwtraining.followup.rest;

import java.util.List;
import java.util.Map;

import org.iwtraining.followup.stats.Stats;

/**
 * Follow-up figures overall, by module and by agency, and the cycle's: closures by reason, cases whose first call
 * was made, open cases by age in weeks since the training, stalled cases, median days from training to the first
 * cascade, open cases behind target, and the reach of the cascades (colleagues trained).
 */
public record StatsView(Figures overall, List<ModuleFigures> byModule, List<AgencyFigures> byAgency,
        Stats.Closures closures, long firstCallMade, Map<String, Long> openCasesByAgeWeeks, long stalledOpen,
        long stalledEver, Double medianDaysToFirstCascade, long behindTarget, List<String> behindTargetCaseIds,
        Stats.Reach reach) {

    public static StatsView from(Stats stats) {
        return new StatsView(Figures.from(stats.overall()),
                stats.byModule().entrySet().stream()
                        .map(e -> new ModuleFigures(e.getKey(), Figures.from(e.getValue()))).toList(),
                stats.byAgency().entrySet().stream()
                        .map(e -> new AgencyFigures(e.getKey(), Figures.from(e.getValue()))).toList(),
                stats.closures(), stats.firstCallMade(), stats.openAge(), stats.stalledOpen(), stats.stalledEver(),
                stats.medianDaysToFirstCascade(), stats.behindTarget(), stats.behindTargetCaseIds(), stats.reach());
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
