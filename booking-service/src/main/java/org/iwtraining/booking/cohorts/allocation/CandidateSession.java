package org.iwtraining.booking.cohorts.allocation;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A session a cohort may be placed in, as it stands now.
 *
 * @param id                 session id; with {@code startsAt} it fixes the order used by {@code PACK}
 * @param startsAt           start of the session's first part
 * @param remainingSeats     capacity minus confirmed places (never below zero)
 * @param confirmedByAgency  confirmed places per agency code, which count toward the mix
 * @param agencyCap          the most confirmed places one agency may hold, or empty once caps have lifted
 */
public record CandidateSession(String id, Instant startsAt, int remainingSeats,
                               Map<String, Integer> confirmedByAgency, OptionalInt agencyCap) {

    public CandidateSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startsAt, "startsAt");
        confirmedByAgency = Map.copyOf(confirmedByAgency);
        Objects.requireNonNull(agencyCap, "agencyCap");
        remainingSeats = Math.max(0, remainingSeats);
    }

    int confirmed(String agency) {
        return confirmedByAgency.getOrDefault(agency, 0);
    }

    /** How many more people of this agency the session may take, seats and cap together. */
    int roomFor(String agency) {
        if (agencyCap.isEmpty()) {
            return remainingSeats;
        }
        return Math.max(0, Math.min(remainingSeats, agencyCap.getAsInt() - confirmed(agency)));
    }
}
