package org.iwtraining.booking.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.sessions.SessionChange;

/** What a coordinator may change on a session: everything but what it delivers and to whom. */
public record SessionUpdateRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String venue,
        @NotNull @Min(1) @Max(100000) Integer capacity,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> trainerHrIds,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Size(max = 20) List<@NotNull @Valid PartRequest> parts,
        @Valid MixPolicyRequest mixPolicy,
        @Schema(description = "Sent with each reminder: how to get in, parking, what to bring") @Size(max = 4000) String joiningInstructions,
        @Schema(description = "A room of a venue; absent: none") @Size(max = 100) String roomId,
        @Schema(description = "Accepts unqualified trainers and broken course rules (a reason stored before is kept)") @Size(max = 2000) String overrideReason) {

    public SessionChange change() {
        return new SessionChange(title, venue, capacity, trainerHrIds, PartRequest.instant(startsAt), PartRequest.instant(endsAt),
                PartRequest.timesOf(parts), MixPolicyRequest.policyOf(mixPolicy), joiningInstructions, roomId,
                overrideReason);
    }
}
