package org.iwtraining.booking.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.people.PriorLearning;

/** Prior learning reported by HR. */
public record CompletionRequest(
        @NotBlank @Size(max = 20) String moduleRef,
        @NotNull LocalDate completedOn,
        @Schema(description = "Where it was learnt, e.g. HR or a previous employer") @NotBlank @Size(max = 100) String source) {

    public PriorLearning priorLearning() {
        return new PriorLearning(moduleRef, completedOn, source);
    }
}
