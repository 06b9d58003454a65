package org.iwtraining.followup.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iwtraining.followup.Process;
import org.iwtraining.followup.cases.CaseDraft;

/** A train-the-trainer completion to follow up (booking-service sends it; an administrator may too). */
public record FollowupRequest(
        @NotBlank @Size(max = 100) String personId,
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 320) String email,
        @Size(max = 50) String phone,
        @NotBlank @Size(max = 100) String agencyCode,
        @NotBlank @Size(max = 20) String moduleRef,
        @NotNull Process process,
        @NotBlank @Size(max = 100) String sessionId,
        @NotNull LocalDate trainingEndedOn,
        @Size(max = 64) String callerId) {

    public CaseDraft draft() {
        return new CaseDraft(personId, name, email, phone, agencyCode, moduleRef, process, sessionId, trainingEndedOn,
                callerId);
    }
}
