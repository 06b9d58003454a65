package org.iwtraining.booking.rest;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.venues.VenueService;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.security.Roles;

@Produces(MediaType.APPLICATION_JSON)
@Path("/venues")
@Tag(name = "Venues", description = "Venues and their rooms: seats, access, free times")
public class VenueResource {

    private final VenueService venues;

    public VenueResource(VenueService venues) {
        this.venues = venues;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.AUDITOR, Roles.VIEWER })
    @Operation(operationId = "listVenues", summary = "List venues with their rooms, by id",
            description = "Roles: coordinator, agency-lead, auditor, viewer.")
    @APIResponse(responseCode = "200", description = "A page of venues")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Page<VenueView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return venues.list(QueryParams.page(limit, cursor)).map(VenueView::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "venue")
    @Operation(operationId = "createVenue", summary = "Create a venue with its rooms (each gets its own id)",
            description = "Roles: coordinator.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VenueView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field")
    public Response create(@NotNull @Valid VenueRequest request) {
        VenueService.VenueWithRooms venue = venues.create(request.details());
        return Response.created(UriBuilder.fromPath("/venues/{id}").build(venue.venue().id))
                .tag(Preconditions.etag(venue.venue().version)).entity(VenueView.from(venue)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.AUDITOR, Roles.VIEWER })
    @Operation(operationId = "getVenue", summary = "A venue with its rooms; its ETag is its version",
            description = "Roles: coordinator, agency-lead, auditor, viewer.")
    @APIResponse(responseCode = "200", description = "The venue", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VenueView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    @APIResponse(responseCode = "404", description = "Unknown venue")
    public Response get(@PathParam("id") String id) {
        VenueService.VenueWithRooms venue = venues.require(id);
        return Response.ok(VenueView.from(venue)).tag(Preconditions.etag(venue.venue().version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "venue", id = "id")
    @Operation(operationId = "updateVenue", summary = "Change a venue and its rooms (If-Match required)",
            description = "Roles: coordinator. A room sent with its id is changed, one without an id is new, one left "
                    + "out is retired (sessions naming it keep it; no new session takes it).")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VenueView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field (a room id not of this venue)")
    @APIResponse(responseCode = "404", description = "Unknown venue")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid VenueRequest request) {
        VenueService.VenueWithRooms venue = venues.update(id, ifMatch, request.details());
        return Response.ok(VenueView.from(venue)).tag(Preconditions.etag(venue.venue().version)).build();
    }

    @GET
    @Path("/{id}/availability")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.AUDITOR, Roles.VIEWER })
    @Operation(operationId = "getVenueAvailability", summary = "Each room's busy and free times between from and to",
            description = "Roles: coordinator, agency-lead, auditor, viewer. At most 366 days.")
    @APIResponse(responseCode = "200", description = "Busy and free times, room by room",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VenueAvailabilityView.class)))
    @APIResponse(responseCode = "400", description = "from or to missing or malformed, or to not after from")
    @APIResponse(responseCode = "404", description = "Unknown venue")
    public VenueAvailabilityView availability(@PathParam("id") String id,
            @Parameter(description = "ISO-8601 instant with offset", required = true) @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant with offset", required = true) @QueryParam("to") String to) {
        Instant start = QueryParams.instant("from", from);
        Instant end = QueryParams.instant("to", to);
        return VenueAvailabilityView.from(id, start, end, venues.availability(id, start, end));
    }
}
