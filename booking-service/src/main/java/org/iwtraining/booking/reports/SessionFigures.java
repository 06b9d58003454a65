package org.iwtraining.booking.reports;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One session's figures. Counts are of places and attendance (an agency lead's: their agency's only); the mix
 * (distinct agencies and sectors, status) is the whole session's.
 *
 * @param fillRate confirmed ÷ capacity
 * @param mixStatus OK, or AT_RISK when below the session's minAgencies or minSectors
 */
public record SessionFigures(String sessionId, String title, Instant startsAt, String status, int capacity, long confirmed,
        long attended, long partial, long noShows, long lateCancellations, BigDecimal fillRate, long distinctAgencies,
        long distinctSectors, String mixStatus) {
}
