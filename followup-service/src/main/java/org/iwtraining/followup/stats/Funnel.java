package org.iwtraining.followup.stats;

import java.util.Map;

/**
 * The cascade funnel overall, by module ref and by the trainer's agency code (maps in key order): how many trained
 * trainers went on to each next step.
 */
public record Funnel(Steps overall, Map<String, Steps> byModule, Map<String, Steps> byAgency) {

    /**
     * {@code trained}: cases opened by a train-the-trainer completion (withdrawn completions left out);
     * {@code firstCallMade}: of those, the ones whose first call was made; {@code cascading}: the ones whose cascade
     * started or was detected; {@code reach}: the colleagues their cascades trained.
     */
    public record Steps(long trained, long firstCallMade, long cascading, long reach) {

        static final Steps NONE = new Steps(0, 0, 0, 0);
    }
}
