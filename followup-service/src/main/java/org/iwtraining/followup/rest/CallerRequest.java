package org.iwtraining.followup.rest;

import jakarta.validation.constraints.Email;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iwtraining.followup.Process;
import org.iwtraining.followup.callers.CallerDraft;

/**
 * A new caller: {@code subject} is the {@code sub} of their token (how their requests find this record); the
 * manager's e-mail, when given, receives escalations of late calls. A caller covering agencies and/or processes
 * takes the new cases of them (the covering caller with the fewest open cases does; both lists must match when both
 * are given).
 */
public record CallerRequest(
        @NotBlank @Size(max = 255) String subject,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 320) String email,
        @Email @Size(max = 320) String managerEmail,
        @Size(max = 200) List<@NotBlank @Size(max = 100) String> agencies,
        @Size(max = 5) List<@NotNull Process> processes) {

    public CallerDraft draft() {
        return new CallerDraft(subject, name, email, managerEmail, agencies == null ? List.of() : agencies,
                processes == null ? List.of() : processes);
    }
}
