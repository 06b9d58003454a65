package org.iwtraining.booking.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.AccessNeed;
import org.iwtraining.booking.Audience;
import org.iwtraining.booking.Sector;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingProcess;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.CancellationReason;
import org.iwtraining.booking.sessions.SessionSnapshot;

/** A session with its live counts and mix. */
public record SessionView(String id, String title, String venue, String courseId, List<String> moduleRefs,
        TrainingProcess process, Audience audience, SessionStatus status, Instant startsAt, Instant endsAt,
        List<PartView> parts, List<String> trainerHrIds, int capacity, int confirmed, int waitlisted,
        @Schema(description = "max(1, floor(capacity × maxAgencyShare))") int agencyCap,
        @Schema(description = "Confirmed places per agency code") Map<String, Integer> agencies,
        @Schema(description = "The sector of each agency holding a confirmed place") Map<String, Sector> agencySectors,
        int distinctAgencies, int distinctSectors,
        @Schema(description = "OK, or AT_RISK when below minAgencies or minSectors") String mixStatus,
        MixPolicyView mixPolicy,
        @Schema(description = "capsLiftAt has passed: caps hold no one back") boolean capsLifted,
        @Schema(description = "The room of a venue it is held in") String roomId,
        @Schema(description = "What the modules need beforehand that earlier modules of the session do not give (the catalogue's expression)") String entryRequirements,
        @Schema(description = "Why unqualified trainers were accepted") String trainerOverrideReason,
        @Schema(description = "Why modules breaking the course rules were accepted") String rulesOverrideReason,
        @Schema(description = "Coordinator only: attendees whose access needs the room does not meet (OTHER always, to check by hand)")
        List<AccessMismatchView> accessMismatches,
        long version,
        @Schema(description = "Sent with each reminder") String joiningInstructions,
        @Schema(description = "Set once the session is cancelled: why, by whom, when") CancellationView cancellation) {

    @Schema(name = "Cancellation", description = "Why a place or a session was cancelled, by whom (the token subject) and when")
    public record CancellationView(CancellationReason reason, String note, String by, Instant at,
            @Schema(description = "A place cancelled inside booking.cancellation.notice-days working days") Boolean late) {
    }

    public record AccessMismatchView(String hrId, AccessNeed need, String notes) {
    }

    /** The same view with the access mismatches a coordinator sees. */
    public SessionView withAccessMismatches(List<AccessMismatchView> mismatches) {
        return new SessionView(id, title, venue, courseId, moduleRefs, process, audience, status, startsAt, endsAt, parts,
                trainerHrIds, capacity, confirmed, waitlisted, agencyCap, agencies, agencySectors, distinctAgencies,
                distinctSectors, mixStatus, mixPolicy, capsLifted, roomId, entryRequirements, trainerOverrideReason,
                rulesOverrideReason, mismatches, version, joiningInstructions, cancellation);
    }

    public record PartView(int part, Instant startsAt, Instant endsAt) {
    }

    public record MixPolicyView(BigDecimal maxAgencyShare, int minAgencies, int minSectors, Instant capsLiftAt) {
    }

    public static SessionView from(SessionSnapshot snapshot) {
        TrainingSession s = snapshot.session();
        List<PartView> parts = new ArrayList<>();
        for (int i = 0; i < s.parts.size(); i++) {
            parts.add(new PartView(i + 1, s.parts.get(i).startsAt, s.parts.get(i).endsAt));
        }
        return new SessionView(s.id, s.title, s.venue, s.courseId, List.copyOf(s.moduleRefs), s.process, s.audience,
                s.status, s.startsAt, s.endsAt, parts, List.copyOf(s.trainerHrIds), s.capacity, snapshot.confirmed(),
                snapshot.waitlisted(), snapshot.agencyCap(), snapshot.confirmedByAgency(), snapshot.sectorOf(),
                snapshot.distinctAgencies(), snapshot.distinctSectors(), snapshot.mixStatus(),
                new MixPolicyView(s.maxAgencyShare.stripTrailingZeros(), s.minAgencies, s.minSectors, s.capsLiftAt),
                snapshot.capsLifted(), s.roomId, s.entryRequirements, s.trainerOverrideReason, s.rulesOverrideReason, null,
                s.version, s.joiningInstructions,
                s.cancelReason == null ? null : new CancellationView(s.cancelReason, s.cancelNote, s.cancelledBy, s.cancelledAt, null));
    }
}
