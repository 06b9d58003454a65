package org.iwtraining.console.calls;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.iwtraining.console.client.CallsData;

/** A follow-up case as its page shows it: the trainer, where the case stands, its calls and cascades in words. */
public record CaseView(String id, String name, String personId, String email, String phone, String agencyCode,
        String moduleRef, boolean open, String standing, String nextCallDue, String trainingEnded, String manager,
        int colleaguesReached, List<CallLine> calls, List<CascadeLine> cascades) {

    static final Map<String, String> OUTCOMES = Map.of("CASCADE_STARTED", "Cascade started", "NOT_STARTED",
            "Not started yet", "NO_CONTACT", "No contact");
    static final Map<String, String> RECEPTIONS = Map.of("WORKING_WELL", "Working well", "NEEDS_CHANGES",
            "Needs changes", "NOT_USED", "Not used yet");
    static final Map<String, String> BARRIERS = Map.of("NO_TIME", "No time", "NO_VENUE", "No venue",
            "NO_MANAGER_SUPPORT", "No support from their manager", "NEEDS_MATERIALS", "Needs materials",
            "NOT_CONFIDENT", "Not confident to deliver", "OTHER", "Something else");
    private static final Map<String, String> CLOSED = Map.of("CASCADE_STARTED", "Closed: the cascade has started",
            "CASCADE_SESSION", "Closed: the trainer delivered a session", "LEFT", "Closed: the trainer has left",
            "REVOKED", "Closed: the completion was withdrawn", "CLOSED_BY_ADMIN", "Closed by a coordinator",
            "ERASED", "Closed: the trainer's data was erased");
    private static final Map<String, String> PHASES = Map.of("AWAITING_FIRST_CALL", "Waiting for the first call",
            "NOT_STARTED", "Not started cascading yet", "STALLED", "Stalled: escalated to the trainer's manager");
    private static final Map<String, String> SOURCES = Map.of("BOOKING", "A session in the suite", "CALLER",
            "Recorded by a caller", "SELF_REPORT", "Reported by the trainer");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static CaseView from(CallsData.CaseDetail c) {
        boolean open = "OPEN".equals(c.status());
        String standing = open ? PHASES.getOrDefault(c.phase(), "Open")
                : CLOSED.getOrDefault(c.closedReason(), "Closed");
        String manager = c.managerName() == null ? c.managerEmail()
                : c.managerName() + (c.managerEmail() == null ? "" : " (" + c.managerEmail() + ")");
        List<CallLine> calls = c.calls().stream().map(call -> new CallLine(call.number(),
                call.calledAt() == null ? "" : Days.at(call.calledAt().toInstant()),
                OUTCOMES.getOrDefault(call.outcome(), call.outcome()), call.notes(),
                call.materialsReception() == null ? null : RECEPTIONS.get(call.materialsReception()),
                call.materialsFeedback(),
                call.barriers().stream().map(b -> BARRIERS.getOrDefault(b, b)).collect(Collectors.joining(", ")),
                call.supportRequested(), call.plannedCascadeOn() == null ? null : AT.format(call.plannedCascadeOn())))
                .toList();
        List<CascadeLine> cascades = c.cascades().stream().map(k -> new CascadeLine(
                k.date() == null ? "" : Days.of(k.date()), SOURCES.getOrDefault(k.source(), k.source()), k.attendees()))
                .toList();
        return new CaseView(c.id(), c.name() == null ? c.personId() : c.name(), c.personId(), c.email(), c.phone(),
                c.agencyCode(), c.moduleRef(), open, standing, open ? Days.of(c.nextCallDue()) : null,
                Days.of(c.trainingEndedOn()), manager, c.colleaguesReached(), calls, cascades);
    }

    /** One call made: its number, when, the outcome and what the trainer said. */
    public record CallLine(int number, String when, String outcome, String notes, String materials,
            String materialsFeedback, String barriers, String supportRequested, String plannedCascadeOn) {
    }

    /** One cascade: when, how it became known, colleagues trained. */
    public record CascadeLine(String date, String source, int attendees) {
    }
}
