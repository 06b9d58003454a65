package org.iwtraining.followup.rest;

import org.iwtraining.followup.Caller;

/** A caller; {@code subject} is the {@code sub} of their token. The calendar token is never shown here. */
public record CallerView(String id, String subject, String name, String email, String managerEmail) {

    public static CallerView from(Caller c) {
        return new CallerView(c.id, c.subject, c.name, c.email, c.managerEmail);
    }
}
