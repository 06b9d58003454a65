package org.iwtraining.booking.reports;

import java.math.BigDecimal;

/**
 * One agency's places on the sessions of the period.
 *
 * @param booked places confirmed now
 * @param attended attended every part; {@code partial} some parts; {@code noShows} none
 * @param lateCancellations places cancelled inside the notice period
 * @param noShowRate no-shows ÷ the agency's people whose attendance is recorded; null before any is
 */
public record AgencyFigures(String agencyCode, String name, String sector, long booked, long attended, long partial,
        long noShows, long lateCancellations, long cancellations, BigDecimal noShowRate) {
}
