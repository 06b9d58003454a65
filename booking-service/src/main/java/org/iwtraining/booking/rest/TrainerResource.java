package org.iwtraining.booking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.TrainingProcess;
import org.iwtraining.booking.people.TrainerService;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.security.Roles;

@Produces(MediaType.APPLICATION_JSON)
@Path("/trainers")
@Tag(name = "Trainers", description = "Who may train a process, and when they are free")
public class TrainerResource {

    private final TrainerService trainers;

    public TrainerResource(TrainerService trainers) {
        this.trainers = trainers;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR })
    @Audited(kind = "person")
    @Operation(operationId = "listTrainers", summary = "Qualified trainers of a process, with their sessions between from and to and whether they are free",
            description = "Roles: coordinator, auditor. Qualified: completed the process's train-the-trainer module "
                    + "(IW05, IS05, CAF03, LP03, ISI10) in a session or as prior learning, or accredited by a "
                    + "coordinator; a waiver never qualifies. Leavers are left out. The window is at most 366 days.")
    @APIResponse(responseCode = "200", description = "A page of trainers by HR id")
    @APIResponse(responseCode = "400", description = "process, from or to missing or malformed, bad limit or cursor")
    public Page<TrainerView> list(@Parameter(description = "IW, IS, CAF, LP or ISI", required = true) @QueryParam("process") String process,
            @Parameter(description = "ISO-8601 instant with offset", required = true) @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant with offset", required = true) @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return trainers.list(QueryParams.code("process", process, TrainingProcess.class), QueryParams.instant("from", from),
                QueryParams.instant("to", to), QueryParams.page(limit, cursor)).map(TrainerView::from);
    }
}
