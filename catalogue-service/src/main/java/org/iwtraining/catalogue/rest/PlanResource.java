package org.iwtraining.catalogue.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.catalogue.snapshot.Catalogue;
import org.iwtraining.catalogue.snapshot.CatalogueService;
import org.iwtraining.conventions.problem.ApiException;

import io.quarkus.security.Authenticated;

@Path("/plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan", description = "The outline training plan (seed Appendix 1)")
@Authenticated
public class PlanResource {

    private final CatalogueService catalogue;

    public PlanResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(operationId = "getPlan", summary = "The whole audience × process matrix",
            description = "Roles: all (every role of the suite).")
    public PlanView plan() {
        return PlanView.from(catalogue.current());
    }

    @GET
    @Path("{audience}")
    @Operation(operationId = "getPlanRow", summary = "One audience's row of the matrix",
            description = "Roles: all (every role of the suite).")
    @APIResponse(responseCode = "200", description = "The row")
    @APIResponse(responseCode = "404", description = "Unknown audience code")
    public PlanView.Row row(@PathParam("audience") String audience) {
        Catalogue current = catalogue.current();
        return PlanView.Row.from(current, current.audience(audience)
                .orElseThrow(() -> ApiException.notFound("Audience", audience)));
    }
}
