package org.iwtraining.booking.sessions;

import java.util.Map;
import java.util.Set;

import org.iwtraining.booking.Sector;
import org.iwtraining.booking.TrainingSession;

/**
 * A session with its live counts: what a coordinator sees and what the cohort allocator starts from.
 *
 * @param confirmedByAgency confirmed places per agency code
 * @param sectorOf the sector of every agency that appears in {@code confirmedByAgency}
 * @param capsLifted whether {@code capsLiftAt} has passed, so caps hold no one back
 */
public record SessionSnapshot(TrainingSession session, Map<String, Integer> confirmedByAgency,
        Map<String, Sector> sectorOf, int waitlisted, boolean capsLifted) {

    public int confirmed() {
        return confirmedByAgency.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int capacity() {
        return session.capacity;
    }

    public int agencyCap() {
        return session.agencyCap();
    }

    public int distinctAgencies() {
        return confirmedByAgency.size();
    }

    public int distinctSectors() {
        return Set.copyOf(sectorOf.values()).size();
    }

    public String mixStatus() {
        return distinctAgencies() < session.minAgencies || distinctSectors() < session.minSectors ? "AT_RISK" : "OK";
    }
}
