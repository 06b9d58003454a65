package org.iwtraining.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.conventions.audit.AuditContext;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;
import org.iwtraining.followup.stats.StatsService;

@Path("/trainers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures")
public class TrainerResource {

    private final StatsService stats;
    private final Requesters requesters;
    private final AuditContext audit;

    public TrainerResource(StatsService stats, Requesters requesters, AuditContext audit) {
        this.stats = stats;
        this.requesters = requesters;
        this.audit = audit;
    }

    @GET
    @Path("{personId}/reach")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @Audited(kind = "trainer", id = "personId")
    @Operation(operationId = "getTrainerReach", summary = "What a trainer's cascades reached: sessions delivered, "
            + "colleagues trained, by agency, sector and process",
            description = "Every cascade kept for the person: sessions booking-service reported and those recorded "
                    + "outside the suite.\n\nRoles: coordinator, auditor, caller (a trainer with a case assigned to them)")
    @APIResponse(responseCode = "200", description = "The trainer's reach",
            content = @Content(schema = @Schema(implementation = TrainerReachView.class)))
    @APIResponse(responseCode = "404", description = "No case and no cascade of that person (or, asked by a caller, "
            + "none of their cases)")
    public TrainerReachView reach(@PathParam("personId") String personId) {
        audit.concerns(personId);
        return stats.reach(personId, requesters.current()).map(TrainerReachView::from)
                .orElseThrow(() -> ApiException.notFound("Trainer", personId));
    }
}
