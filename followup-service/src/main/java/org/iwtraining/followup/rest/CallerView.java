package org.iwtraining.followup.rest;

import java.util.List;

import org.iwtraining.followup.Caller;
import org.iwtraining.followup.Process;

/**
 * A caller; {@code subject} is the {@code sub} of their token; {@code agencies} and {@code processes} what new cases
 * they take by rule. The calendar token is never shown here.
 */
public record CallerView(String id, String subject, String name, String email, String managerEmail,
        List<String> agencies, List<Process> processes) {

    public static CallerView from(Caller c) {
        return new CallerView(c.id, c.subject, c.name, c.email, c.managerEmail, List.copyOf(c.agencies),
                List.copyOf(c.processes));
    }
}
