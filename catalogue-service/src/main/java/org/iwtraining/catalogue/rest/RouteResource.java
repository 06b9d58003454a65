package org.iwtraining.catalogue.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.catalogue.routes.RouteService;

import io.quarkus.security.Authenticated;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routes", description = "Suggested sequences of training and what comes next for a person")
@Authenticated
public class RouteResource {

    private final RouteService routes;

    public RouteResource(RouteService routes) {
        this.routes = routes;
    }

    @GET
    @Path("routes/{audience}")
    @Operation(operationId = "getRoute",
            summary = "The suggested route for an audience: its plan modules in prerequisite order",
            description = "Roles: all (every role of the suite).")
    @APIResponse(responseCode = "200", description = "The route")
    @APIResponse(responseCode = "404", description = "Unknown audience code")
    public RouteView route(@PathParam("audience") String audience) {
        return RouteView.from(routes.route(audience));
    }

    @POST
    @Path("next-steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "findNextSteps",
            summary = "The route's modules a person has not had yet, whether each is open now, and the time left",
            description = "Roles: all (every role of the suite).")
    @APIResponse(responseCode = "200", description = "The next steps")
    @APIResponse(responseCode = "400", description = "Unknown audience or module ref, named by field")
    public NextStepsView nextSteps(@Valid @NotNull NextStepsRequest request) {
        return NextStepsView.from(routes.nextSteps(request.audience(), request.completed(), request.waived()));
    }
}
