package org.iwtraining.booking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A waiver of a waivable prerequisite, with who recorded it and why. */
public record WaiverRequest(
        @NotBlank @Size(max = 20) String moduleRef,
        @NotBlank @Size(max = 500) String reason,
        @NotBlank @Size(max = 100) String recordedBy) {
}
