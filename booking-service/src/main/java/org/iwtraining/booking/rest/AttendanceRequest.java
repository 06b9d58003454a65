package org.iwtraining.booking.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.AttendanceStatus;
import org.iwtraining.booking.attendance.AttendanceEntry;

/** One person's attendance; a walk-in who was not booked may be recorded too. */
public record AttendanceRequest(
        @NotBlank @Size(max = 100) String personId,
        @NotNull AttendanceStatus status,
        @Schema(description = "Part numbers attended, from 1; ATTENDED without parts means every part")
        @Size(max = 20) List<@NotNull @Min(1) @Max(20) Integer> parts) {

    public AttendanceEntry entry() {
        return new AttendanceEntry(personId, status, parts);
    }
}
