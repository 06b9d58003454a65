package org.iwtraining.followup.access;

import java.util.Set;

/**
 * Who is asking: the subject of their token and the roles it holds. Built by rest/ from the request's identity,
 * so the wings decide object-level rules without seeing HTTP.
 */
public record Requester(String subject, Set<String> roles) {

    public Requester {
        roles = Set.copyOf(roles);
    }

    public boolean holdsAny(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
