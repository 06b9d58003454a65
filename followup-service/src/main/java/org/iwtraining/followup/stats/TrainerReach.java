package org.iwtraining.followup.stats;

import java.util.Map;

/**
 * What one trainer's cascades reached: the sessions delivered (in the suite, and all of them with those recorded
 * outside it), the colleagues trained, and them by agency code, by sector and by process.
 */
public record TrainerReach(String personId, long sessionsDelivered, long sessionsInSuite, long colleaguesTrained,
        Map<String, Long> byAgency, Map<String, Long> bySector, Map<String, Stats.Count> byProcess) {
}
