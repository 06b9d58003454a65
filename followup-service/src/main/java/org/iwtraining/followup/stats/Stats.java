package org.iwtraining.followup.stats;

import java.util.List;
import java.util.Map;

/**
 * The figures overall, by module ref and by agency code (maps in key order), and the cycle's: closures by reason,
 * cases whose first call was made, open cases by age (weeks since the training: 0–2, 2–4, 4–8, 8+), stalled cases
 * (open now, and ever), median days from training to the first cascade, open cases behind target, and reach.
 */
public record Stats(Figures overall, Map<String, Figures> byModule, Map<String, Figures> byAgency, Closures closures,
        long firstCallMade, Map<String, Long> openAge, long stalledOpen, long stalledEver,
        Double medianDaysToFirstCascade, long behindTarget, List<String> behindTargetCaseIds, Reach reach) {

    /** Closed cases by reason; {@code cascaded} is CASCADE_STARTED and CASCADE_SESSION together. */
    public record Closures(long cascaded, long cascadeStarted, long cascadeSession, long left, long revoked,
            long closedByAdmin, long erased) {
    }

    /** Colleagues trained through cascades: sessions and colleagues overall, by module, process, agency, sector. */
    public record Reach(Count overall, Map<String, Count> byModule, Map<String, Count> byProcess,
            Map<String, Long> byAgency, Map<String, Long> bySector) {
    }

    public record Count(long sessions, long colleagues) {
    }
}
