package org.iwtraining.followup.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The caller a case's calls go to. */
public record CallerAssignment(@NotBlank @Size(max = 64) String callerId) {
}
