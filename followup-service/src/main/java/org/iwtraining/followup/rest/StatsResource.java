package org.iwtraining.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.conventions.security.Roles;
import org.iwtraining.followup.stats.StatsService;

@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class StatsResource {

    private final StatsService stats;

    public StatsResource(StatsService stats) {
        this.stats = stats;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR })
    @Operation(operationId = "getStats",
            summary = "Open and closed cases, calls per closed case, median days from training to cascade; "
            + "overall, by module and by agency", description = "Figures, no personal data.\n\nRoles: coordinator, auditor")
    @APIResponse(responseCode = "200", description = "The figures")
    public StatsView stats() {
        return StatsView.from(stats.stats());
    }
}
