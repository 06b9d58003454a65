package org.iwtraining.console.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** booking-service's cohorts (POST /cohorts, GET /cohorts/{id}, POST /cohorts/{id}/confirm) as the console reads them. */
public final class CohortData {

    private CohortData() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CohortQuestion(String name, List<String> nominees, List<String> sessions, String strategy) {
    }

    public record Cohort(String id, String name, String status, String strategy, Instant createdAt,
            Instant confirmedAt, Objective objective, List<Placement> placements, List<SessionMix> sessions,
            List<Unplaced> unplaced, Long computeMillis) {

        public Cohort {
            placements = placements == null ? List.of() : placements;
            sessions = sessions == null ? List.of() : sessions;
            unplaced = unplaced == null ? List.of() : unplaced;
        }
    }

    public record Objective(int placed, long sumOfSquares) {
    }

    public record Placement(String personId, String sessionId) {
    }

    public record SessionMix(String sessionId, int capacity, int confirmedAfter, Map<String, Integer> agencies,
            int distinctAgencies, int distinctSectors, String mixStatus) {

        public SessionMix {
            agencies = agencies == null ? Map.of() : agencies;
        }
    }

    public record Unplaced(String personId, String reason) {
    }
}
