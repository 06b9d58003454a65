package org.iwtraining.booking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.Cohort;
import org.iwtraining.booking.CohortStatus;
import org.iwtraining.booking.Requester;
import org.iwtraining.booking.cohorts.CohortService;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;

@Produces(MediaType.APPLICATION_JSON)
@Path("/cohorts")
@Tag(name = "Cohorts", description = "Many nominees shared out over candidate sessions with the best agency mix")
public class CohortResource {

    private final CohortService cohorts;
    private final Idempotency idempotency;
    private final Requesters requesters;

    public CohortResource(CohortService cohorts, Idempotency idempotency, Requesters requesters) {
        this.cohorts = cohorts;
        this.idempotency = idempotency;
        this.requesters = requesters;
    }

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD })
    @Audited(kind = "cohort")
    @Operation(operationId = "proposeCohort",
            summary = "Propose an allocation (nothing is booked): most people placed, then (PACK) the earliest "
            + "sessions fullest, then the smallest sum of squared agency counts", description = "Roles: coordinator, "
                    + "agency-lead (own agency's nominees). An agency lead nominates people of their own agency only "
                    + "(any other nominee, known or not, is 422 NOMINEE_NOT_OWN_AGENCY); the cohort is theirs.")
    @APIResponse(responseCode = "201", description = "Proposed (or the first answer, replayed for a repeated Idempotency-Key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortView.class)),
            headers = { @Header(name = "Location", ref = "Location"),
                    @Header(name = "Idempotent-Replayed", ref = "Idempotent-Replayed") })
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field")
    @APIResponse(responseCode = "422", description = "UNKNOWN_SESSION, DUPLICATE_SESSION, SESSION_CLOSED (started or "
            + "cancelled) or NOMINEE_NOT_OWN_AGENCY, naming the field (sessions[i], nominees[i]); COHORT_TOO_LARGE: the "
            + "proposal did not finish within the service's compute limit (40 s unless configured), nothing stored: "
            + "propose fewer nominees or sessions at once")
    @APIResponse(responseCode = "503", description = "CATALOGUE_UNAVAILABLE: prerequisites could not be checked")
    public Response propose(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid CohortRequest request) {
        Requester requester = requesters.current();
        return idempotency.run(key, "POST /cohorts", request, () -> {
            Cohort cohort = cohorts.propose(request.name(), request.nominees(), request.sessions(),
                    request.strategyOrDefault(), requester);
            return Response.created(UriBuilder.fromPath("/cohorts/{id}").build(cohort.id)).entity(CohortView.from(cohort)).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.AUDITOR })
    @Operation(operationId = "listCohorts", summary = "Cohorts, newest first, to find a proposal again",
            description = "Roles: coordinator, agency-lead (cohorts they proposed), auditor. Each cohort without its "
                    + "placements: GET /cohorts/{id} gives them.")
    @APIResponse(responseCode = "200", description = "A page of cohorts")
    @APIResponse(responseCode = "400", description = "Invalid status, limit or cursor, naming the parameter")
    public Page<CohortSummaryView> list(
            @Parameter(description = "PROPOSED or CONFIRMED") @QueryParam("status") String status,
            @Parameter(description = "A part of the cohort's name, any case") @QueryParam("name") String name,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return cohorts.list(QueryParams.code("status", status, CohortStatus.class), QueryParams.text(name),
                requesters.current(), QueryParams.page(limit, cursor)).map(CohortSummaryView::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.AUDITOR })
    @Audited(kind = "cohort", id = "id")
    @Operation(operationId = "getCohort",
            summary = "A cohort's proposal and status", description = "Roles: coordinator, agency-lead (cohorts "
            + "they proposed), auditor. Another's cohort is 404 to an agency lead.")
    @APIResponse(responseCode = "200",
            description = "The cohort",
            content = @Content(schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "404", description = "Unknown cohort")
    public CohortView get(@PathParam("id") String id) {
        return cohorts.find(id, requesters.current()).map(CohortView::from).orElseThrow(() -> ApiException.notFound("Cohort", id));
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD })
    @Audited(kind = "cohort", id = "id")
    @Operation(operationId = "confirmCohort",
            summary = "Book every placement in one transaction, all or nothing", description = "Roles: coordinator, "
            + "agency-lead (cohorts they proposed). Another's cohort is 404 to an agency lead.")
    @APIResponse(responseCode = "200", description = "Booked: every placement is a confirmed place")
    @APIResponse(responseCode = "404", description = "Unknown cohort")
    @APIResponse(responseCode = "409", description = "PLACEMENT_NO_LONGER_FITS (nothing booked: propose again) "
            + "or COHORT_CONFIRMED")
    @APIResponse(responseCode = "422", description = "COHORT_EMPTY: the proposal places nobody")
    public CohortView confirm(@PathParam("id") String id) {
        return CohortView.from(cohorts.confirm(id, requesters.current()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD })
    @Audited(kind = "cohort", id = "id")
    @Operation(operationId = "deleteCohort",
            summary = "Drop a proposal", description = "Roles: coordinator, agency-lead (cohorts they proposed). "
            + "Another's cohort is 404 to an agency lead.")
    @APIResponse(responseCode = "204", description = "Dropped")
    @APIResponse(responseCode = "404", description = "Unknown cohort")
    @APIResponse(responseCode = "409", description = "COHORT_CONFIRMED: its places are bookings now")
    public void delete(@PathParam("id") String id) {
        cohorts.delete(id, requesters.current());
    }
}
