package org.iwtraining.booking.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.reports.AgencyFigures;
import org.iwtraining.booking.reports.CompletionFigures;
import org.iwtraining.booking.reports.SessionFigures;

/** The reports' rows, as JSON and as CSV (each with its CSV header and cells in the header's order). */
final class ReportViews {

    private ReportViews() {
    }

    @Schema(name = "CompletionReportRow", description = "People trained in one module in the period, in one group")
    record CompletionRow(
            @Schema(description = "Agency code, sector or audience; ALL when grouped by module") String group,
            String moduleRef,
            @Schema(description = "Distinct people who completed the module in the period (leavers included)") long trained,
            @Schema(description = "People of the group in the record now (leavers left out)") long people,
            @Schema(description = "Of those people, the share trained in the period (0 to 1); null with no one in the group") BigDecimal coverage) {

        static final List<String> HEADER = List.of("group", "moduleRef", "trained", "people", "coverage");

        static CompletionRow from(CompletionFigures f) {
            return new CompletionRow(f.group(), f.moduleRef(), f.trained(), f.people(), f.coverage());
        }

        List<Object> cells() {
            return java.util.Arrays.asList(group, moduleRef, trained, people, coverage);
        }
    }

    @Schema(name = "SessionReportRow", description = "One session's figures; an agency lead's counts are their agency's, the mix is the session's")
    record SessionRow(String sessionId, String title, Instant startsAt, String status, int capacity, long confirmed, long attended,
            long partial, long noShows, long lateCancellations,
            @Schema(description = "confirmed ÷ capacity") BigDecimal fillRate,
            long distinctAgencies, long distinctSectors,
            @Schema(description = "OK, or AT_RISK when below minAgencies or minSectors") String mixStatus) {

        static final List<String> HEADER = List.of("sessionId", "title", "startsAt", "status", "capacity", "confirmed", "attended",
                "partial", "noShows", "lateCancellations", "fillRate", "distinctAgencies", "distinctSectors", "mixStatus");

        static SessionRow from(SessionFigures f) {
            return new SessionRow(f.sessionId(), f.title(), f.startsAt(), f.status(), f.capacity(), f.confirmed(), f.attended(),
                    f.partial(), f.noShows(), f.lateCancellations(), f.fillRate(), f.distinctAgencies(), f.distinctSectors(),
                    f.mixStatus());
        }

        List<Object> cells() {
            return java.util.Arrays.asList(sessionId, title, startsAt, status, capacity, confirmed, attended, partial, noShows,
                    lateCancellations, fillRate, distinctAgencies, distinctSectors, mixStatus);
        }
    }

    @Schema(name = "AgencyReportRow", description = "One agency's places on the sessions of the period")
    record AgencyRow(String agencyCode, String name, String sector,
            @Schema(description = "Places confirmed now") long booked,
            @Schema(description = "Attended every part") long attended,
            @Schema(description = "Attended some parts") long partial,
            long noShows,
            @Schema(description = "Cancelled inside booking.cancellation.notice-days working days") long lateCancellations,
            long cancellations) {

        static final List<String> HEADER = List.of("agencyCode", "name", "sector", "booked", "attended", "partial", "noShows",
                "lateCancellations", "cancellations");

        static AgencyRow from(AgencyFigures f) {
            return new AgencyRow(f.agencyCode(), f.name(), f.sector(), f.booked(), f.attended(), f.partial(), f.noShows(),
                    f.lateCancellations(), f.cancellations());
        }

        List<Object> cells() {
            return java.util.Arrays.asList(agencyCode, name, sector, booked, attended, partial, noShows, lateCancellations,
                    cancellations);
        }
    }
}
