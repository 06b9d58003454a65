package org.iwtraining.booking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.iwtraining.booking.people.WaiverDetails;

/** A waiver of a waivable prerequisite, with who recorded it and why. */
public record WaiverRequest(
        @NotBlank @Size(max = 20) String moduleRef,
        @NotBlank @Size(max = 500) String reason,
        @NotBlank @Size(max = 100) String recordedBy) {

    public WaiverDetails details() {
        return new WaiverDetails(moduleRef, reason, recordedBy);
    }
}
