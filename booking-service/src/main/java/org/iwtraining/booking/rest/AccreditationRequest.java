package org.iwtraining.booking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iwtraining.booking.TrainingProcess;

/** A coordinator's accreditation of a trainer for a process, with the reason. */
public record AccreditationRequest(@NotNull TrainingProcess process, @NotBlank @Size(max = 2000) String reason) {
}
