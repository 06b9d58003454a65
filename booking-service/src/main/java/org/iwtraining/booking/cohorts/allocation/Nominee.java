package org.iwtraining.booking.cohorts.allocation;

import java.util.Objects;
import java.util.Set;

/**
 * A person nominated for a cohort.
 *
 * @param id                  the person's id
 * @param agency              the person's agency code
 * @param eligibleSessionIds  the candidate sessions the person could book alone right now
 */
public record Nominee(String id, String agency, Set<String> eligibleSessionIds) {

    public Nominee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agency, "agency");
        eligibleSessionIds = Set.copyOf(eligibleSessionIds);
    }
}
