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
import org.iwtraining.booking.Audience;
import org.iwtraining.booking.TrainingProcess;
import org.iwtraining.booking.sessions.SessionDraft;

/** A new session: a catalogue course or modules, at a time (one span or several parts), with a mix policy. */
public record SessionRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String venue,
        @Schema(description = "A catalogue course; or give moduleRefs; or both: a consecutive run of the course's modules") @Size(max = 100) String courseId,
        @Schema(description = "Modules in delivery order; or give courseId") @Size(max = 30) List<@NotBlank @Size(max = 20) String> moduleRefs,
        @Schema(description = "Needed when the modules other than IW01 span several processes") TrainingProcess process,
        @NotNull @Min(1) @Max(100000) Integer capacity,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> trainerHrIds,
        @Schema(description = "Only this audience may book") Audience audience,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Schema(description = "For a session on several days, instead of startsAt/endsAt") @Size(max = 20) List<@NotNull @Valid PartRequest> parts,
        @Valid MixPolicyRequest mixPolicy,
        @Schema(description = "Sent with each reminder: how to get in, parking, what to bring") @Size(max = 4000) String joiningInstructions,
        @Schema(description = "A room of a venue (GET /venues): its seats bound the capacity, it holds one session at a time") @Size(max = 100) String roomId,
        @Schema(description = "Accepts unqualified trainers and broken course rules; stored on the session") @Size(max = 2000) String overrideReason) {

    public SessionDraft draft() {
        return new SessionDraft(title, venue, courseId, moduleRefs, process, capacity, trainerHrIds, audience,
                PartRequest.instant(startsAt), PartRequest.instant(endsAt), PartRequest.timesOf(parts),
                MixPolicyRequest.policyOf(mixPolicy), joiningInstructions, roomId, overrideReason);
    }
}
