package org.iwtraining.booking.rest;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.AllocationStrategy;
import org.iwtraining.booking.Cohort;
import org.iwtraining.booking.CohortProposal;
import org.iwtraining.booking.CohortStatus;
import org.iwtraining.conventions.audit.ConcernsPeople;

/** A cohort: the proposal, and whether it has been booked. */
public record CohortView(String id, String name, CohortStatus status, AllocationStrategy strategy,
        List<CohortProposal.Placement> placements, List<CohortProposal.Unplaced> unplaced,
        List<CohortProposal.SessionMix> sessions, ObjectiveView objective,
        @Schema(description = "Time taken to compute the proposal (rules and allocation), in milliseconds")
        long computeMillis,
        Instant createdAt, Instant confirmedAt) implements ConcernsPeople {

    /**
     * @param placed        nominees placed (goal 1, maximised)
     * @param sumOfSquares  Σ over sessions and agencies of (confirmed + placed)² (goal 3, minimised)
     */
    public record ObjectiveView(int placed, long sumOfSquares) {
    }

    public static CohortView from(Cohort cohort) {
        return new CohortView(cohort.id, cohort.name, cohort.status, cohort.strategy, cohort.proposal.placements(),
                cohort.proposal.unplaced(), cohort.proposal.sessions(),
                new ObjectiveView(cohort.placed, cohort.sumOfSquares), cohort.computeMillis, cohort.createdAt,
                cohort.confirmedAt);
    }

    /** The nominees, placed or not. */
    @Override
    public Collection<String> personIds() {
        Set<String> people = new LinkedHashSet<>();
        placements.forEach(p -> people.add(p.personId()));
        unplaced.forEach(u -> people.add(u.personId()));
        return people;
    }
}
