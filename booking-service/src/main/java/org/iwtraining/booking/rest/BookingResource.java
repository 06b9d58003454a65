package org.iwtraining.booking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
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
import org.iwtraining.booking.Requester;
import org.iwtraining.booking.bookings.BookingQueries;
import org.iwtraining.booking.bookings.BookingService;
import org.iwtraining.conventions.audit.AuditContext;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;

@Produces(MediaType.APPLICATION_JSON)
@Path("/bookings")
@Tag(name = "Bookings", description = "Single places")
public class BookingResource {

    private final BookingService bookings;
    private final BookingQueries places;
    private final Requesters requesters;
    private final AuditContext audit;

    public BookingResource(BookingService bookings, BookingQueries places, Requesters requesters, AuditContext audit) {
        this.bookings = bookings;
        this.places = places;
        this.requesters = requesters;
        this.audit = audit;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.AUDITOR })
    @Audited(kind = "booking", id = "id")
    @Operation(operationId = "getBooking",
            summary = "A place", description = "Roles: coordinator, agency-lead (own agency), auditor. A place of "
            + "another agency's person is 404 to an agency lead.")
    @APIResponse(responseCode = "200",
            description = "The place",
            content = @Content(schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "404", description = "Unknown booking")
    public BookingView get(@PathParam("id") String id) {
        return places.find(id, requesters.current()).map(BookingView::from).orElseThrow(() -> ApiException.notFound("Booking", id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD })
    @Audited(kind = "booking", id = "id")
    @Operation(operationId = "cancelBooking",
            summary = "Cancel a place; a freed confirmed place goes to the waitlist", description = "Roles: "
            + "coordinator, agency-lead (own agency). A place of another agency's person is 404 to an agency lead.")
    @APIResponse(responseCode = "204", description = "Cancelled (or already cancelled)")
    @APIResponse(responseCode = "404", description = "Unknown booking")
    @APIResponse(responseCode = "409", description = "SESSION_CLOSED: the session has started")
    public void cancel(@PathParam("id") String id) {
        Requester requester = requesters.current();
        places.find(id, requester).ifPresent(placed -> audit.concerns(placed.booking().personId));
        bookings.cancel(id, requester);
    }
}
