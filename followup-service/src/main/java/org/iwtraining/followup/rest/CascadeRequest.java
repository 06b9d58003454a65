package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.followup.CascadeSource;
import org.iwtraining.followup.cases.CascadeReport;

/**
 * A cascade the trainer delivered outside the suite (an in-house session): the day, the colleagues trained, and
 * what is known of them by agency code and by sector (the counts may not exceed {@code attendees}).
 */
public record CascadeRequest(
        @NotNull LocalDate date,
        @NotNull @Min(0) @Max(100000) Integer attendees,
        @Schema(description = "Attendees by agency code, e.g. {\"AG-HEALTH\": 3}") @Size(max = 500) Map<String, Integer> agencies,
        @Schema(description = "Attendees by sector, e.g. {\"health\": 3}") @Size(max = 500) Map<String, Integer> sectors) {

    public CascadeReport report() {
        return new CascadeReport(CascadeSource.CALLER, date, attendees, agencies, sectors, List.of());
    }
}
