package org.iwtraining.followup.rest;

import org.iwtraining.followup.Caller;

public record CallerView(String id, String name, String email, String managerEmail) {

    public static CallerView from(Caller c) {
        return new CallerView(c.id, c.name, c.email, c.managerEmail);
    }
}
