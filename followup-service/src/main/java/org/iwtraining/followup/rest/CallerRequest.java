package org.iwtraining.followup.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.iwtraining.followup.callers.CallerDraft;

/**
 * A new caller: {@code subject} is the {@code sub} of their token (how their requests find this record); the
 * manager's e-mail, when given, receives escalations of late calls.
 */
public record CallerRequest(
        @NotBlank @Size(max = 255) String subject,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 320) String email,
        @Email @Size(max = 320) String managerEmail) {

    public CallerDraft draft() {
        return new CallerDraft(subject, name, email, managerEmail);
    }
}
