package org.iwtraining.booking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.Requester;
import org.iwtraining.booking.bookings.BookingQueries;
import org.iwtraining.booking.bookings.BookingService;
import org.iwtraining.booking.bookings.Cancellation;
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
    private final Idempotency idempotency;

    public BookingResource(BookingService bookings, BookingQueries places, Requesters requesters, AuditContext audit,
            Idempotency idempotency) {
        this.idempotency = idempotency;
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
    @Operation(operationId = "deleteBooking", summary = "Cancel a place without a reason (recorded as NOT_GIVEN); a freed "
            + "confirmed place goes to the waitlist", description = "Roles: coordinator, agency-lead (own agency). A place of "
            + "another agency's person is 404 to an agency lead. Cancelled inside booking.cancellation.notice-days working "
            + "days of the session, a confirmed place is flagged late. POST /bookings/{id}/cancel gives a reason.")
    @APIResponse(responseCode = "204", description = "Cancelled (or already cancelled)")
    @APIResponse(responseCode = "404", description = "Unknown booking")
    @APIResponse(responseCode = "409", description = "SESSION_CLOSED: the session has started")
    public void delete(@PathParam("id") String id) {
        Requester requester = requesters.current();
        places.find(id, requester).ifPresent(placed -> audit.concerns(placed.booking().personId));
        bookings.cancel(id, Cancellation.notGiven(requester.subject()), requester);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD })
    @Audited(kind = "booking", id = "id")
    @Operation(operationId = "cancelBooking", summary = "Cancel a place with a reason; a freed confirmed place goes to the waitlist",
            description = "Roles: coordinator, agency-lead (own agency). Records the reason, the free text and who cancelled "
                    + "(the token's subject); a confirmed place cancelled inside booking.cancellation.notice-days working "
                    + "days of the session's first day is flagged late. Cancelling again changes nothing.")
    @APIResponse(responseCode = "200", description = "The cancelled place",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, an unknown reason, a reason the service keeps for itself "
            + "(NOT_GIVEN, SESSION_CANCELLED, LEFT_ORGANISATION) or OTHER without a note")
    @APIResponse(responseCode = "404", description = "Unknown booking")
    @APIResponse(responseCode = "409", description = "SESSION_CLOSED: the session has started")
    public BookingView cancel(@PathParam("id") String id, @NotNull @Valid CancelRequest request) {
        Requester requester = requesters.current();
        Cancellation cancellation = request.cancellation(requester.subject());
        places.find(id, requester).ifPresent(placed -> audit.concerns(placed.booking().personId));
        bookings.cancel(id, cancellation, requester);
        return places.find(id, requester).map(BookingView::from).orElseThrow(() -> ApiException.notFound("Booking", id));
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "booking", id = "id")
    @Operation(operationId = "confirmBooking", summary = "Give a waiting person a place: a waitlisted booking becomes confirmed",
            description = "Roles: coordinator. Confirms a WAITLISTED place when its session (scheduled, not started) has a "
                    + "free seat. The coordinator's decision overrides the agency mix cap: a person waiting with AGENCY_CAP "
                    + "is confirmed although their agency holds its share; capacity is never exceeded. The person is told "
                    + "as for an automatic promotion (notice.promoted). No body.")
    @APIResponse(responseCode = "200", description = "The confirmed place (or the first answer, replayed for a repeated Idempotency-Key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)),
            headers = @Header(name = "Idempotent-Replayed", ref = "Idempotent-Replayed"))
    @APIResponse(responseCode = "404", description = "Unknown booking")
    @APIResponse(responseCode = "409", description = "SESSION_FULL: no seat is free; BOOKING_NOT_WAITLISTED: the place is "
            + "confirmed or cancelled; SESSION_CLOSED: the session has started or was cancelled; OVERLAPPING_BOOKING: the "
            + "person holds a confirmed place at an overlapping time; IDEMPOTENCY_KEY_IN_USE")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
    public Response confirm(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key) {
        Requester requester = requesters.current();
        places.find(id, requester).ifPresent(placed -> audit.concerns(placed.booking().personId));
        return idempotency.run(key, "POST /bookings/" + id + "/confirm", id, () -> {
            bookings.confirmFromWaitlist(id);
            return Response.ok(places.find(id, requester).map(BookingView::from).orElseThrow()).build();
        });
    }
}
