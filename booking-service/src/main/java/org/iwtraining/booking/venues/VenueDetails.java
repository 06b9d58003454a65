package org.iwtraining.booking.venues;

import java.util.List;

/** A venue as a coordinator describes it: its rooms in order; a room with an id is that room, one without is new. */
public record VenueDetails(String name, String address, List<RoomDetails> rooms) {

    public record RoomDetails(String id, String name, int seats, boolean stepFree, boolean hearingLoop, String notes) {
    }
}
