package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.iwtraining.followup.CaseUpdate;
import org.iwtraining.followup.CaseUpdateKind;

/**
 * A call-less update on a case (SELF_REPORTED: what the trainer said through the self-report link: started or not,
 * when, how many colleagues attended, their agencies as the trainer wrote them). The case's history is the one
 * record of a self-report.
 */
public record CaseUpdateView(String id, CaseUpdateKind kind, boolean started, LocalDate startedOn, Integer attendees,
        List<String> agencies, OffsetDateTime recordedAt) {

    public static CaseUpdateView from(CaseUpdate u) {
        return new CaseUpdateView(u.id, u.kind, u.started, u.startedOn, u.attendees, List.copyOf(u.agencies),
                u.recordedAt);
    }
}
