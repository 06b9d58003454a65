package org.iwtraining.followup.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iwtraining.followup.Process;
import org.iwtraining.followup.events.CascadeNotice;

/** booking-service saw a trainer deliver (start) a session of a process. */
public record CascadeEventRequest(
        @NotBlank @Size(max = 100) String personId,
        @NotNull Process process,
        @NotBlank @Size(max = 100) String sessionId,
        @NotNull LocalDate startsOn) {

    public CascadeNotice notice() {
        return new CascadeNotice(personId, process, sessionId, startsOn);
    }
}
