package org.iwtraining.booking.rest;

import java.util.List;

import org.iwtraining.booking.Room;
import org.iwtraining.booking.venues.VenueService.VenueWithRooms;

/** A venue with its rooms (retired rooms left out). */
public record VenueView(String id, String name, String address, List<RoomView> rooms, long version) {

    public record RoomView(String id, String name, int seats, boolean stepFree, boolean hearingLoop, String notes) {
        static RoomView from(Room r) {
            return new RoomView(r.id, r.name, r.seats, r.stepFree, r.hearingLoop, r.notes);
        }
    }

    public static VenueView from(VenueWithRooms v) {
        return new VenueView(v.venue().id, v.venue().name, v.venue().address, v.rooms().stream().map(RoomView::from).toList(),
                v.venue().version);
    }
}
