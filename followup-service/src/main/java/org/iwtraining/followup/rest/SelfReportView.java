package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.followup.SelfReport;

/** A trainer's own report on their cascade (SELF_REPORTED), as the case's callers read it. */
public record SelfReportView(String id, @Schema(enumeration = "SELF_REPORTED") String source, OffsetDateTime reportedAt,
        boolean started, LocalDate startedOn, Integer attendees, List<String> agencies) {

    public static SelfReportView from(SelfReport r) {
        return new SelfReportView(r.id, "SELF_REPORTED", r.reportedAt, r.started, r.startedOn, r.attendees, r.agencyList());
    }
}
