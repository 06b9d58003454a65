package org.iwtraining.console.cohorts;

import java.util.List;

import org.iwtraining.console.sessions.MixBar;

/**
 * A cohort's proposal as its page shows it: each candidate session's mix once the proposal is confirmed (a bar per
 * agency), who is unplaced and why in words, and the objective (people placed, then the sum over sessions and
 * agencies of the squared counts: smaller is a better mix).
 */
public record Proposal(String id, String name, boolean confirmed, String strategy, int placed, int nominees,
        long sumOfSquares, List<SessionPlan> sessions, List<Unplaced> unplaced, String createdAt) {

    /** One session: its places after confirmation, the people proposed for it, its mix drawn. */
    public record SessionPlan(String id, String title, String when, int capacity, int confirmedAfter, int proposed,
            int distinctAgencies, int distinctSectors, boolean atRisk, MixBar mix) {
    }

    public record Unplaced(String personId, String reason) {
    }
}
