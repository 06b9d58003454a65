package org.iwtraining.booking.rest;

import java.time.Instant;

import org.iwtraining.booking.AllocationStrategy;
import org.iwtraining.booking.CohortStatus;
import org.iwtraining.booking.cohorts.CohortService.CohortSummary;

/** A cohort in a list: what finds it again, without its placements. */
public record CohortSummaryView(String id, String name, CohortStatus status, AllocationStrategy strategy, int placed,
        Instant createdAt, Instant confirmedAt) {

    static CohortSummaryView from(CohortSummary c) {
        return new CohortSummaryView(c.id(), c.name(), c.status(), c.strategy(), c.placed(), c.createdAt(),
                c.confirmedAt());
    }
}
