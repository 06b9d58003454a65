package org.iwtraining.booking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.iwtraining.booking.Requester;
import org.iwtraining.conventions.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** The {@link Requester} of the request under way, from the verified token (subject, roles, {@code agency} claim). */
@ApplicationScoped
public class Requesters {

    private final SecurityIdentity identity;

    public Requesters(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Requester current() {
        JsonWebToken token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        String subject = token != null && token.getSubject() != null ? token.getSubject()
                : identity.isAnonymous() ? null : identity.getPrincipal().getName();
        return new Requester(subject, identity.getRoles(), token == null ? null : text(token.getClaim(Roles.AGENCY_CLAIM)));
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        return claim == null ? null : claim.toString();
    }
}
