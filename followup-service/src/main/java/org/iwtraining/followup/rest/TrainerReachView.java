package org.iwtraining.followup.rest;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.iwtraining.conventions.audit.ConcernsPeople;
import org.iwtraining.followup.stats.Stats;
import org.iwtraining.followup.stats.TrainerReach;

/** What a trainer's cascades reached (colleagues by agency code, sector and process). */
public record TrainerReachView(String personId, long sessionsDelivered, long sessionsInSuite, long colleaguesTrained,
        Map<String, Long> byAgency, Map<String, Long> bySector, Map<String, Stats.Count> byProcess)
        implements ConcernsPeople {

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }

    public static TrainerReachView from(TrainerReach r) {
        return new TrainerReachView(r.personId(), r.sessionsDelivered(), r.sessionsInSuite(), r.colleaguesTrained(),
                r.byAgency(), r.bySector(), r.byProcess());
    }
}
