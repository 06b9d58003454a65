package org.iwtraining.booking.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record WebhookRequest(
        @Schema(description = "Where deliveries are posted: https to a public address "
                + "(plain http or an address inside the network only to a host listed in booking.webhooks.allow-hosts)", examples = "https://hr.example.org/hooks/training")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "Event types: completion.recorded, completion.revoked, followup.requested, cascade.started, person.left, person.updated")
        @NotEmpty @Size(max = 20) List<@NotNull String> events) {
}
