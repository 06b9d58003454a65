package org.iwtraining.followup.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** booking-service's person.erased event: whose data to erase, under the event's id (a redelivery carries the same). */
@Schema(description = "An erasure of one person's data, sent by booking-service's outbox (person.erased)")
public record ErasureRequest(
        @NotBlank @Size(max = 200) String eventId,
        @NotBlank @Size(max = 100) String personId) {
}
