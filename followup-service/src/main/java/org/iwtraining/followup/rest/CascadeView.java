package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.util.Map;

import org.iwtraining.followup.Cascade;
import org.iwtraining.followup.CascadeSource;
import org.iwtraining.followup.Process;

/** A cascade on a case: where it was heard of, when it was held, the colleagues trained (null: unknown). */
public record CascadeView(String id, CascadeSource source, Process process, String sessionId, LocalDate date,
        Integer attendees, Map<String, Integer> byAgency, Map<String, Integer> bySector) {

    public static CascadeView from(Cascade c) {
        return new CascadeView(c.id, c.source, c.process, c.sessionId, c.heldOn, c.attendees, Map.copyOf(c.byAgency),
                Map.copyOf(c.bySector));
    }
}
