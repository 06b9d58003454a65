package org.iwtraining.followup.rest;

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
import org.iwtraining.conventions.csv.CsvCells;
import org.iwtraining.conventions.http.CsvOrJson;
import org.iwtraining.conventions.security.Roles;
import org.iwtraining.followup.stats.Stats;
import org.iwtraining.followup.stats.StatsService;

@Path("/stats")
@Produces({ MediaType.APPLICATION_JSON, CsvCells.MEDIA_TYPE })
@Tag(name = "Figures")
public class StatsResource {

    private final StatsService stats;

    public StatsResource(StatsService stats) {
        this.stats = stats;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR })
    @Operation(operationId = "getStats", summary = "Follow-up figures: cases, closures by reason, first calls, open-case "
            + "age, stalled cases, median days to the first cascade, targets and reach",
            description = "Open and closed cases, calls per closed case, median days from training to cascade overall, "
                    + "by module and by agency; closures by reason; cases whose first call was made; open cases by weeks "
                    + "since the training (0-2, 2-4, 4-8, 8+); stalled cases; open cases behind target; the reach of the "
                    + "cascades (colleagues trained) overall, by module, process, agency and sector. `?format=csv` or "
                    + "`Accept: text/csv` gives the same as CSV (section,key,metric,value with a header row). Figures, "
                    + "no personal data.\n\nRoles: coordinator, auditor")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatsView.class)),
            @Content(mediaType = CsvCells.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "An unknown format")
    public Response stats(@Parameter(description = CsvOrJson.FORMAT) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean csv = CsvOrJson.wantsCsv(format, headers);
        Stats figures = stats.stats();
        return csv ? CsvOrJson.csv("followup-stats", StatsCsv.HEADER, StatsCsv.rows(figures))
                : Response.ok(StatsView.from(figures), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("funnel")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR })
    @Operation(operationId = "getFunnel", summary = "The cascade funnel: trained, first call made, cascading, reach",
            description = "Each step counts the cases of the one before that went on (reach: the colleagues their "
                    + "cascades trained), overall, by module and by the trainer's agency, in one answer. Figures, no "
                    + "personal data.\n\nRoles: coordinator, auditor")
    @APIResponse(responseCode = "200", description = "The funnel",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FunnelView.class)))
    public FunnelView funnel() {
        return FunnelView.from(stats.funnel());
    }
}
