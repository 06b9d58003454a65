package org.iwtraining.followup.callers;

import java.util.List;

import org.iwtraining.followup.Process;

/**
 * A new caller: {@code subject} is the {@code sub} of their token; {@code managerEmail} may be null; the agencies and
 * processes it covers (empty: none) decide which new cases go to it.
 */
public record CallerDraft(String subject, String name, String email, String managerEmail, List<String> agencies,
        List<Process> processes) {
}
