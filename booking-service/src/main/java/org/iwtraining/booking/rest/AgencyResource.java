package org.iwtraining.booking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.Agency;
import org.iwtraining.booking.people.AgencyService;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;

@Produces(MediaType.APPLICATION_JSON)
@Path("/agencies")
@Tag(name = "Agencies", description = "Organisations people work for, and their sectors")
public class AgencyResource {

    private final AgencyService agencies;

    public AgencyResource(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.HR_SYSTEM, Roles.AUDITOR, Roles.VIEWER })
    @Operation(operationId = "listAgencies",
            summary = "List agencies by code", description = "Roles: coordinator, agency-lead, hr-system, auditor, viewer.")
    public Page<AgencyView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return agencies.list(QueryParams.page(limit, cursor)).map(AgencyView::from);
    }

    @POST
    @RolesAllowed(Roles.HR_SYSTEM)
    @Audited(kind = "agency")
    @Operation(operationId = "createAgency", summary = "Create an agency", description = "Roles: hr-system.")
    @APIResponse(responseCode = "201", headers = @Header(name = "ETag", ref = "ETag"),
            description = "Created",
            content = @Content(schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "409", description = "AGENCY_EXISTS")
    public Response create(@NotNull @Valid AgencyRequest request) {
        Agency agency = agencies.create(request.details());
        return Response.created(UriBuilder.fromPath("/agencies/{code}").build(agency.code)).tag(Preconditions.etag(agency.version))
                .entity(AgencyView.from(agency)).build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.HR_SYSTEM, Roles.AUDITOR, Roles.VIEWER })
    @Operation(operationId = "getAgency", summary = "Get an agency", description = "Roles: coordinator, agency-lead, hr-system, auditor, viewer.")
    @APIResponse(responseCode = "200", description = "The agency",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    public Response get(@PathParam("code") String code) {
        Agency agency = agencies.find(code).orElseThrow(() -> ApiException.notFound("Agency", code));
        return Response.ok(AgencyView.from(agency)).tag(Preconditions.etag(agency.version)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.HR_SYSTEM)
    @Audited(kind = "agency", id = "code")
    @Operation(operationId = "upsertAgency",
            summary = "Create or change an agency by its code (If-Match honoured when sent)", description = "Roles: hr-system.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "Updated or unchanged")
    @APIResponse(responseCode = "201", headers = @Header(name = "ETag", ref = "ETag"),
            description = "Created")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    public Response upsert(
            @PathParam("code") @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "letters, digits, '_', '.' or '-'") String code,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AgencyRequest request) {
        AgencyService.Upserted<Agency> result = agencies.upsert(code, ifMatch, request.details());
        Response.ResponseBuilder builder = result.created() ? Response.created(UriBuilder.fromPath("/agencies/{code}").build(code)) : Response.ok();
        return builder.tag(Preconditions.etag(result.value().version)).entity(AgencyView.from(result.value())).build();
    }
}
