package org.iwtraining.catalogue.rest;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NextStepsRequest(
        @Schema(required = true, examples = "PRACTITIONER") String audience,
        @Size(max = 200) List<String> completed,
        @Size(max = 200) List<String> waived) {
}
