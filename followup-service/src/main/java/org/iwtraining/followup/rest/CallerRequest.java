package org.iwtraining.followup.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.iwtraining.followup.callers.CallerDraft;

/** A new caller; the manager's e-mail, when given, receives escalations of late calls. */
public record CallerRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 320) String email,
        @Email @Size(max = 320) String managerEmail) {

    public CallerDraft draft() {
        return new CallerDraft(name, email, managerEmail);
    }
}
