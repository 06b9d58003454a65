package org.iwtraining.booking.reports;

/**
 * One agency's places on the sessions of the period.
 *
 * @param booked places confirmed now
 * @param attended attended every part; {@code partial} some parts; {@code noShows} none
 * @param lateCancellations places cancelled inside the notice period
 */
public record AgencyFigures(String agencyCode, String name, String sector, long booked, long attended, long partial,
        long noShows, long lateCancellations, long cancellations) {
}
