package org.iwtraining.booking.rest;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.Cohort;
import org.iwtraining.booking.cohorts.CohortService;
import org.iwtraining.conventions.problem.ApiException;

@Path("/cohorts")
@Tag(name = "Cohorts", description = "Many nominees shared out over candidate sessions with the best agency mix")
public class CohortResource {

    private final CohortService cohorts;
    private final Idempotency idempotency;

    public CohortResource(CohortService cohorts, Idempotency idempotency) {
        this.cohorts = cohorts;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Propose an allocation (nothing is booked): most people placed, then (PACK) the earliest "
            + "sessions fullest, then the smallest sum of squared agency counts")
    @APIResponse(responseCode = "201", description = "Proposed")
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field")
    @APIResponse(responseCode = "422", description = "UNKNOWN_SESSION, naming the field")
    @APIResponse(responseCode = "503", description = "CATALOGUE_UNAVAILABLE: prerequisites could not be checked")
    public Response propose(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid CohortRequest request) {
        return idempotency.run(key, "POST /cohorts", request, () -> {
            Cohort cohort = cohorts.propose(request.name(), request.nominees(), request.sessions(),
                    request.strategyOrDefault());
            return Response.created(URI.create("/cohorts/" + cohort.id)).entity(CohortView.from(cohort)).build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A cohort's proposal and status")
    @APIResponse(responseCode = "404", description = "Unknown cohort")
    public CohortView get(@PathParam("id") String id) {
        return cohorts.find(id).map(CohortView::from).orElseThrow(() -> ApiException.notFound("Cohort", id));
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(summary = "Book every placement in one transaction, all or nothing")
    @APIResponse(responseCode = "200", description = "Booked: every placement is a confirmed place")
    @APIResponse(responseCode = "404", description = "Unknown cohort")
    @APIResponse(responseCode = "409", description = "PLACEMENT_NO_LONGER_FITS (nothing booked: propose again) "
            + "or COHORT_CONFIRMED")
    public CohortView confirm(@PathParam("id") String id) {
        return CohortView.from(cohorts.confirm(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Drop a proposal")
    @APIResponse(responseCode = "204", description = "Dropped")
    @APIResponse(responseCode = "404", description = "Unknown cohort")
    @APIResponse(responseCode = "409", description = "COHORT_CONFIRMED: its places are bookings now")
    public void delete(@PathParam("id") String id) {
        cohorts.delete(id);
    }
}
