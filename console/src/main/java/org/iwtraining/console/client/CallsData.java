package org.iwtraining.console.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** followup-service's callers, queues, cases, calls and figures as the console reads and sends them. */
public final class CallsData {

    private CallsData() {
    }

    public record Caller(String id, String subject, String name, String email) {
    }

    public record QueueItem(String caseId, String personId, String name, String email, String phone,
            String agencyCode, String moduleRef, String process, String sessionId, LocalDate trainingEndedOn,
            LocalDate due, int callNumber, boolean overdue, boolean stalled, boolean behindTarget, String phase,
            LocalDate cascadeDetectedOn) {
    }

    public record CaseDetail(String id, String personId, String name, String email, String phone, String agencyCode,
            String moduleRef, String process, String sessionId, String status, String phase, String closedReason,
            LocalDate trainingEndedOn, LocalDate nextCallDue, LocalDate cascadeStartedOn, LocalDate cascadeDetectedOn,
            boolean firstCallMade, int colleaguesReached, String managerName, String managerEmail, List<Call> calls,
            List<Cascade> cascades) {

        public CaseDetail {
            calls = calls == null ? List.of() : calls;
            cascades = cascades == null ? List.of() : cascades;
        }
    }

    public record Call(String id, int number, OffsetDateTime calledAt, String outcome, String notes,
            String materialsReception, String materialsFeedback, List<String> barriers, String supportRequested,
            LocalDate plannedCascadeOn, LocalDate cascadeStartedOn) {

        public Call {
            barriers = barriers == null ? List.of() : barriers;
        }
    }

    public record Cascade(String id, String source, LocalDate date, String process, String sessionId, int attendees,
            Map<String, Integer> byAgency) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CallQuestion(String outcome, OffsetDateTime calledAt, String notes, String materialsReception,
            String materialsFeedback, List<String> barriers, String supportRequested, LocalDate plannedCascadeOn,
            LocalDate cascadeStartedOn) {
    }

    public record CalendarToken(String token, String feedUrl) {
    }

    public record Stats(Figures overall, List<ModuleFigures> byModule, List<AgencyFigures> byAgency,
            Closures closures, long firstCallMade, Map<String, Long> openCasesByAgeWeeks, long stalledOpen,
            long stalledEver, Double medianDaysToFirstCascade, long behindTarget) {

        public Stats {
            byModule = byModule == null ? List.of() : byModule;
            byAgency = byAgency == null ? List.of() : byAgency;
            openCasesByAgeWeeks = openCasesByAgeWeeks == null ? Map.of() : openCasesByAgeWeeks;
        }
    }

    public record Figures(long openCases, long closedCases, Double callsPerClosedCase, Double medianDaysToCascade) {
    }

    public record ModuleFigures(String moduleRef, Figures figures) {
    }

    public record AgencyFigures(String agencyCode, Figures figures) {
    }

    public record Closures(long cascaded, long cascadeStarted, long cascadeSession, long left, long revoked,
            long closedByAdmin, long erased) {
    }

    public record Funnel(Steps overall, List<ModuleSteps> byModule, List<AgencySteps> byAgency) {

        public Funnel {
            byModule = byModule == null ? List.of() : byModule;
            byAgency = byAgency == null ? List.of() : byAgency;
        }
    }

    public record Steps(long trained, long firstCallMade, long cascading, long reach) {
    }

    public record ModuleSteps(String moduleRef, Steps steps) {
    }

    public record AgencySteps(String agencyCode, Steps steps) {
    }
}
