package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.iwtraining.followup.CaseUpdate;
import org.iwtraining.followup.CaseUpdateKind;

/** A call-less update on a case (SELF_REPORTED: what the trainer said through the self-report link). */
public record CaseUpdateView(String id, CaseUpdateKind kind, boolean started, LocalDate startedOn, Integer attendees,
        Map<String, Integer> byAgency, String notes, OffsetDateTime recordedAt) {

    public static CaseUpdateView from(CaseUpdate u) {
        return new CaseUpdateView(u.id, u.kind, u.started, u.startedOn, u.attendees, Map.copyOf(u.byAgency), u.notes,
                u.recordedAt);
    }
}
