package org.iwtraining.console.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** booking-service's answers and requests as the console reads and sends them. */
public final class BookingData {

    private BookingData() {
    }

    public record Session(String id, String title, String process, List<String> moduleRefs, String courseId,
            Instant startsAt, Instant endsAt, List<Part> parts, int capacity, int confirmed, int waitlisted,
            int agencyCap, Map<String, Integer> agencies, Map<String, String> agencySectors, int distinctAgencies,
            int distinctSectors, String mixStatus, boolean capsLifted, String venue, List<String> trainerHrIds,
            String status, String audience, String entryRequirements, MixPolicy mixPolicy, long version) {

        public Session {
            agencies = agencies == null ? Map.of() : agencies;
            agencySectors = agencySectors == null ? Map.of() : agencySectors;
            parts = parts == null ? List.of() : parts;
            moduleRefs = moduleRefs == null ? List.of() : moduleRefs;
            trainerHrIds = trainerHrIds == null ? List.of() : trainerHrIds;
        }
    }

    public record Part(int part, Instant startsAt, Instant endsAt) {
    }

    public record MixPolicy(Double maxAgencyShare, Integer minAgencies, Integer minSectors, Instant capsLiftAt) {
    }

    public record Booking(String id, String sessionId, String personId, String givenName, String familyName,
            String agencyCode, String status, String reason, Integer position, Instant createdAt,
            boolean prerequisiteAtRisk, Cancellation cancellation, String sessionTitle, Instant sessionStartsAt) {
    }

    public record Cancellation(String reason, String note, Instant at, String by, boolean late) {
    }

    public record Person(String hrId, String givenName, String familyName, String email, String phone,
            String agencyCode, String audience, String managerHrId, boolean shareContactConsent, Instant leftAt) {
    }

    public record TrainingRecord(String personId, List<Completion> completions, List<Waiver> waivers) {

        public TrainingRecord {
            completions = completions == null ? List.of() : completions;
            waivers = waivers == null ? List.of() : waivers;
        }
    }

    public record Completion(String id, String moduleRef, LocalDate completedOn, String sessionId, String source) {
    }

    public record Waiver(String moduleRef, String reason) {
    }

    public record Contact(String personId, String givenName, String familyName, String agencyCode, String email,
            String phone) {
    }

    public record BookingQuestion(String personId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CancelQuestion(String reason, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttendanceQuestion(String personId, String status, List<Integer> parts) {
    }
}
