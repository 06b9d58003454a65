package org.iwtraining.booking.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.AllocationStrategy;

/** A coordinator's nominees and candidate sessions, to be shared out. */
public record CohortRequest(
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "HR ids of the nominees; a repeated id counts once")
        @NotNull @NotEmpty @Size(max = 20_000) List<@NotBlank @Size(max = 100) String> nominees,
        @Schema(description = "Ids of the candidate sessions")
        @NotNull @NotEmpty @Size(max = 1_000) List<@NotBlank @Size(max = 100) String> sessions,
        @Schema(description = "PACK (default): fill the earliest sessions first; SPREAD: only the best mix")
        AllocationStrategy strategy) {

    public AllocationStrategy strategyOrDefault() {
        return strategy == null ? AllocationStrategy.PACK : strategy;
    }
}
