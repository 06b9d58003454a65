package org.iwtraining.followup.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iwtraining.followup.Process;
import org.iwtraining.followup.cases.CaseDraft;

/**
 * A train-the-trainer completion to follow up (booking-service sends it; an administrator may too), with the
 * trainer's line manager when known (a stalled case is escalated to them).
 */
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
        @Size(max = 64) String callerId,
        @Size(min = 1, max = 200) String managerName,
        @Email @Size(max = 320) String managerEmail) {

    public CaseDraft draft() {
        return new CaseDraft(personId, name, email, phone, agencyCode, moduleRef, process, sessionId, trainingEndedOn,
                callerId, managerName, managerEmail);
    }
}
