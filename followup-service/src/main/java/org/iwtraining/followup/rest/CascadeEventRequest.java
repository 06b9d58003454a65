package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.followup.Process;
import org.iwtraining.followup.events.CascadeNotice;

/**
 * booking-service saw a trainer deliver a session of a process (a session that took place with attendance
 * recorded). The optional members give the session's date (else {@code startsOn}), the colleagues who attended
 * (the trainers left out; none: unknown), and them by agency code and by sector.
 */
public record CascadeEventRequest(
        @NotBlank @Size(max = 100) String personId,
        @NotNull Process process,
        @NotBlank @Size(max = 100) String sessionId,
        @NotNull LocalDate startsOn,
        LocalDate sessionDate,
        @Min(0) @Max(100000) Integer attendees,
        @Schema(description = "Attendees by agency code") @Size(max = 500) Map<String, Integer> byAgency,
        @Schema(description = "Attendees by sector") @Size(max = 500) Map<String, Integer> bySector) {

    public CascadeNotice notice() {
        return new CascadeNotice(personId, process, sessionId, startsOn, sessionDate, attendees, byAgency, bySector);
    }
}
