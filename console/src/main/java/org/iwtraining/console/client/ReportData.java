package org.iwtraining.console.client;

import java.time.Instant;

/** booking-service's reports (GET /reports/…) as the console reads them. */
public final class ReportData {

    private ReportData() {
    }

    public record SessionRow(String sessionId, String title, Instant startsAt, String status, int capacity,
            long confirmed, long attended, long partial, long noShows, long lateCancellations, Double fillRate,
            Double noShowRate, long distinctAgencies, long distinctSectors, String mixStatus) {
    }

    public record AgencyRow(String agencyCode, String name, String sector, long booked, long attended, long partial,
            long noShows, long cancellations, long lateCancellations, Double noShowRate) {
    }

    public record CompletionRow(String group, String moduleRef, long trained, long people, Double coverage) {
    }
}
