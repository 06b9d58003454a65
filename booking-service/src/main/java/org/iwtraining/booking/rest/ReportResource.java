package org.iwtraining.booking.rest;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.reports.ReportGrouping;
import org.iwtraining.booking.reports.ReportService;
import org.iwtraining.booking.reports.ReportService.Period;
import org.iwtraining.conventions.csv.CsvCells;
import org.iwtraining.conventions.http.CsvOrJson;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;

/**
 * The figures (MI) as JSON, or as CSV with {@code Accept: text/csv} or {@code ?format=csv}: a header row, cells
 * neutralised against spreadsheet formulas ({@link CsvCells}).
 */
@Path("/reports")
@Produces({ MediaType.APPLICATION_JSON, CsvCells.MEDIA_TYPE })
@Tag(name = "Reports", description = "Completions and coverage, sessions, agencies: JSON or CSV")
public class ReportResource {

    private static final String PERIOD = "YYYY-MM-DD (Europe/London); defaults to this calendar year";
    private static final String ROLES = "Roles: coordinator, agency-lead (own agency only), auditor, viewer.";

    private final ReportService reports;
    private final Requesters requesters;

    public ReportResource(ReportService reports, Requesters requesters) {
        this.reports = reports;
        this.requesters = requesters;
    }

    @GET
    @Path("/completions")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.AUDITOR, Roles.VIEWER })
    @Operation(operationId = "reportCompletions", summary = "People trained per module in the period, by agency, sector, audience "
            + "or module, with coverage (trained ÷ people of the group in the record)", description = ROLES)
    @APIResponse(responseCode = "200", description = "One row per group and module", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ReportViews.CompletionRow.class)),
            @Content(mediaType = CsvCells.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Invalid from, to, by or format")
    public Response completions(@Parameter(description = PERIOD) @QueryParam("from") String from,
            @Parameter(description = PERIOD) @QueryParam("to") String to,
            @Parameter(description = "agency (default), sector, audience or module") @QueryParam("by") String by,
            @Parameter(description = CsvOrJson.FORMAT) @QueryParam("format") String format, @Context HttpHeaders headers) {
        boolean csv = CsvOrJson.wantsCsv(format, headers);
        List<ReportViews.CompletionRow> rows = reports.completions(period(from, to), grouping(by), requesters.current()).stream()
                .map(ReportViews.CompletionRow::from).toList();
        return answer(csv, rows, ReportViews.CompletionRow.HEADER, ReportViews.CompletionRow::cells, "completions");
    }

    @GET
    @Path("/sessions")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.AUDITOR, Roles.VIEWER })
    @Operation(operationId = "reportSessions", summary = "Per session of the period: capacity, confirmed, attended, no-shows, late "
            + "cancellations, fill rate, distinct agencies and sectors, mix status", description = ROLES)
    @APIResponse(responseCode = "200", description = "One row per session starting in the period", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ReportViews.SessionRow.class)),
            @Content(mediaType = CsvCells.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Invalid from, to or format")
    public Response sessions(@Parameter(description = PERIOD) @QueryParam("from") String from,
            @Parameter(description = PERIOD) @QueryParam("to") String to,
            @Parameter(description = CsvOrJson.FORMAT) @QueryParam("format") String format, @Context HttpHeaders headers) {
        boolean csv = CsvOrJson.wantsCsv(format, headers);
        List<ReportViews.SessionRow> rows = reports.sessions(period(from, to), requesters.current()).stream()
                .map(ReportViews.SessionRow::from).toList();
        return answer(csv, rows, ReportViews.SessionRow.HEADER, ReportViews.SessionRow::cells, "sessions");
    }

    @GET
    @Path("/agencies")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.AUDITOR, Roles.VIEWER })
    @Operation(operationId = "reportAgencies", summary = "Per agency, on the sessions of the period: places booked, attended, "
            + "no-shows, late cancellations", description = ROLES)
    @APIResponse(responseCode = "200", description = "One row per agency with places or attendance in the period", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ReportViews.AgencyRow.class)),
            @Content(mediaType = CsvCells.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Invalid from, to or format")
    public Response agencies(@Parameter(description = PERIOD) @QueryParam("from") String from,
            @Parameter(description = PERIOD) @QueryParam("to") String to,
            @Parameter(description = CsvOrJson.FORMAT) @QueryParam("format") String format, @Context HttpHeaders headers) {
        boolean csv = CsvOrJson.wantsCsv(format, headers);
        List<ReportViews.AgencyRow> rows = reports.agencies(period(from, to), requesters.current()).stream()
                .map(ReportViews.AgencyRow::from).toList();
        return answer(csv, rows, ReportViews.AgencyRow.HEADER, ReportViews.AgencyRow::cells, "agencies");
    }

    private static <T> Response answer(boolean csv, List<T> rows, List<String> header, Function<T, List<Object>> cells, String name) {
        return csv ? CsvOrJson.csv(name, header, rows.stream().map(cells).toList())
                : Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Period period(String from, String to) {
        return reports.period(QueryParams.date("from", from), QueryParams.date("to", to));
    }

    private static ReportGrouping grouping(String by) {
        String value = QueryParams.text(by);
        if (value == null) {
            return ReportGrouping.AGENCY;
        }
        try {
            return ReportGrouping.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("by", "must be agency, sector, audience or module");
        }
    }
}
