package org.iwtraining.booking.cohorts.allocation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The allocator's answer: who goes where, who is left out and why, and the objective reached.
 *
 * @param placements  one per placed nominee, sorted by session order then person id
 * @param unplaced    one per nominee left out, sorted by person id
 * @param objective   the goals' values
 */
public record Allocation(List<Placement> placements, List<Unplaced> unplaced, Objective objective) {

    public Allocation {
        placements = List.copyOf(placements);
        unplaced = List.copyOf(unplaced);
    }

    public record Placement(String personId, String sessionId) {
    }

    public record Unplaced(String personId, UnplacedReason reason) {
    }

    /**
     * @param placed        goal 1: nominees placed
     * @param sumOfSquares  goal 3: Σ over sessions and agencies of (confirmed + placed)²
     */
    public record Objective(int placed, long sumOfSquares) {
    }

    /** Newly placed people per session id. */
    public Map<String, Integer> placedBySession() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Placement placement : placements) {
            counts.merge(placement.sessionId(), 1, Integer::sum);
        }
        return counts;
    }
}
