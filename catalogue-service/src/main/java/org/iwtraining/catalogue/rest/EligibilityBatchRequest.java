package org.iwtraining.catalogue.rest;

import java.util.List;

import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Up to 1,000 checks; more is a 422 BATCH_TOO_LARGE, and callers split.")
public record EligibilityBatchRequest(@Schema(required = true) List<@Valid EligibilityRequest> checks) {
}
