package org.iwtraining.booking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place for one person. */
public record BookingRequest(
        @Schema(description = "The person's HR id") @NotBlank @Size(max = 100) String personId,
        @Schema(description = "A coordinator's reason to book over an audience, already-trained or prerequisite refusal")
        @Size(max = 500) String overrideReason) {
}
