package org.iwtraining.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;
import org.iwtraining.followup.stats.Stats;
import org.iwtraining.followup.stats.StatsService;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

@Path("/stats")
@Produces({ MediaType.APPLICATION_JSON, StatsResource.TEXT_CSV })
@Tag(name = "Figures")
public class StatsResource {

    static final String TEXT_CSV = "text/csv";

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
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "An unknown format")
    public RestResponse<Object> stats(
            @Parameter(description = "json (the default) or csv") @QueryParam("format") String format,
            @HeaderParam("Accept") String accept) {
        boolean csv;
        if (format == null) {
            csv = accept != null && accept.contains(TEXT_CSV) && !accept.contains(MediaType.APPLICATION_JSON);
        } else if ("csv".equals(format) || "json".equals(format)) {
            csv = "csv".equals(format);
        } else {
            throw ApiException.invalidField("format", "is json or csv");
        }
        Stats figures = stats.stats();
        if (csv) {
            ResponseBuilder<Object> ok = ResponseBuilder.ok((Object) StatsCsv.of(figures), TEXT_CSV + "; charset=UTF-8");
            StatsCsv.headers().forEach(ok::header);
            return ok.build();
        }
        return ResponseBuilder.ok((Object) StatsView.from(figures), MediaType.APPLICATION_JSON).build();
    }
}
