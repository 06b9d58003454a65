package org.iwtraining.booking.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.venues.VenueService.RoomAvailability;
import org.iwtraining.booking.venues.VenueService.Span;

/** Each room's busy and free times within the window asked. */
public record VenueAvailabilityView(String venueId, Instant from, Instant to, List<RoomTimes> rooms) {

    public record RoomTimes(String roomId, String name, int seats,
            @Schema(description = "Parts of sessions not cancelled, each with its session") List<SpanView> busy,
            @Schema(description = "The window less the busy times") List<SpanView> free) {
    }

    public record SpanView(Instant startsAt, Instant endsAt, String sessionId) {
        static SpanView from(Span s) {
            return new SpanView(s.startsAt(), s.endsAt(), s.sessionId());
        }
    }

    public static VenueAvailabilityView from(String venueId, Instant from, Instant to, List<RoomAvailability> rooms) {
        return new VenueAvailabilityView(venueId, from, to, rooms.stream().map(r -> new RoomTimes(r.room().id, r.room().name,
                r.room().seats, r.busy().stream().map(SpanView::from).toList(), r.free().stream().map(SpanView::from).toList()))
                .toList());
    }
}
