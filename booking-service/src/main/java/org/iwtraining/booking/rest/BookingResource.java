package org.iwtraining.booking.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.bookings.BookingQueries;
import org.iwtraining.booking.bookings.BookingService;
import org.iwtraining.conventions.problem.ApiException;

@Path("/bookings")
@Tag(name = "Bookings", description = "Single places")
public class BookingResource {

    private final BookingService bookings;
    private final BookingQueries places;

    public BookingResource(BookingService bookings, BookingQueries places) {
        this.bookings = bookings;
        this.places = places;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A place")
    @APIResponse(responseCode = "404", description = "Unknown booking")
    public BookingView get(@PathParam("id") String id) {
        return places.find(id).map(BookingView::from).orElseThrow(() -> ApiException.notFound("Booking", id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel a place; a freed confirmed place goes to the waitlist")
    @APIResponse(responseCode = "204", description = "Cancelled (or already cancelled)")
    @APIResponse(responseCode = "409", description = "SESSION_CLOSED: the session has started")
    public void cancel(@PathParam("id") String id) {
        bookings.cancel(id);
    }
}
