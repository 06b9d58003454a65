package org.iwtraining.booking.outbox;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The payloads of booking-service's domain events, as stored in the outbox, posted to followup-service (the
 * first four match its request bodies) and carried as {@code data} in webhook deliveries.
 */
public final class OutboxPayloads {

    private OutboxPayloads() {
    }

    @Schema(name = "CompletionRecordedEvent", description = "completion.recorded: a module entered a person's training record")
    public record CompletionRecorded(@Schema(required = true) String personId, @Schema(required = true) String moduleRef,
            @Schema(required = true) LocalDate completedOn,
            @Schema(description = "The session that delivered it; absent for prior learning recorded by HR") String sessionId,
            @Schema(required = true, description = "SESSION, or the source HR gave") String source) {
    }

    @Schema(name = "CompletionRevokedEvent", description = "completion.revoked: a corrected attendance withdrew a completion")
    public record CompletionRevoked(@Schema(required = true) String personId, @Schema(required = true) String moduleRef,
            @Schema(required = true) String sessionId) {
    }

    @Schema(name = "FollowupRequestedEvent",
            description = "followup.requested: a train-the-trainer completion; the body of followup-service's POST /followups")
    public record FollowupRequested(@Schema(required = true) String personId, @Schema(required = true) String name,
            @Schema(required = true) String agencyCode, String email, String phone, @Schema(required = true) String moduleRef,
            @Schema(required = true, enumeration = { "IW", "IS", "CAF", "LP", "ISI" }) String process,
            @Schema(required = true) String sessionId, @Schema(required = true) LocalDate trainingEndedOn,
            @Schema(description = "The trainer's line manager (HR's managerHrId), for escalations; absent when none is known") String managerName,
            @Schema(description = "The line manager's e-mail; absent when none is known") String managerEmail) {
    }

    @Schema(name = "CascadeStartedEvent",
            description = "cascade.started: a trainer who completed a train-the-trainer module of the process trained on a "
                    + "session of it that took place, whose attendance shows at least booking.cascade.min-attendees "
                    + "attendees besides the trainers")
    public record CascadeStarted(@Schema(required = true) String personId,
            @Schema(required = true, enumeration = { "IW", "IS", "CAF", "LP", "ISI" }) String process,
            @Schema(required = true) String sessionId,
            @Schema(required = true, description = "The session's first day (Europe/London); the same as sessionDate") LocalDate startsOn,
            @Schema(required = true, description = "The session's first day (Europe/London)") LocalDate sessionDate,
            @Schema(required = true, description = "Attendees besides the trainers marked ATTENDED or PARTIAL when the event was published") int attendees,
            @Schema(required = true, description = "Those attendees by agency code") Map<String, Integer> byAgency,
            @Schema(required = true, description = "Those attendees by their agency's sector (HEALTH, EDUCATION, …)") Map<String, Integer> bySector) {
    }

    @Schema(name = "PersonLeftEvent", description = "person.left: the HR system reported a leaver")
    public record PersonLeft(@Schema(required = true) String personId, @Schema(required = true) String agencyCode) {
    }

    @Schema(name = "PersonErasedEvent",
            description = "person.erased: the person's data was erased; followup-service erases its copies (POST /erasures)")
    public record PersonErased(@Schema(required = true) String personId) {
    }

    @Schema(name = "PersonUpdatedEvent", description = "person.updated: a person's name, contact details, agency or line manager changed")
    public record PersonUpdated(@Schema(required = true) String personId, @Schema(required = true) String name, String email,
            String phone, @Schema(required = true) String agencyCode,
            @Schema(description = "The line manager's name; absent when none is known") String managerName,
            @Schema(description = "The line manager's e-mail; absent when none is known") String managerEmail) {
    }
}
