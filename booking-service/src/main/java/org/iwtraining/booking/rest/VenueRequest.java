package org.iwtraining.booking.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.venues.VenueDetails;

/** A venue and its rooms (POST /venues, PUT /venues/{id}). */
public record VenueRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 500) String address,
        @Schema(description = "The rooms in order; on a change, a room with its id is kept, one without is new, one left out is retired")
        @NotNull @Size(max = 100) List<@NotNull @Valid RoomRequest> rooms) {

    public record RoomRequest(
            @Schema(description = "Absent for a new room") @Size(max = 100) String id,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(1) @Max(100000) Integer seats,
            Boolean stepFree,
            Boolean hearingLoop,
            @Size(max = 2000) String notes) {
    }

    public VenueDetails details() {
        return new VenueDetails(name, address, rooms.stream().map(r -> new VenueDetails.RoomDetails(r.id(), r.name(), r.seats(),
                Boolean.TRUE.equals(r.stepFree()), Boolean.TRUE.equals(r.hearingLoop()), r.notes())).toList());
    }
}
