package org.iwtraining.followup.rest;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.iwtraining.followup.access.Requester;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking, as the wings take it: the subject of the request's token and its roles. */
@RequestScoped
public class Requesters {

    private final SecurityIdentity identity;

    public Requesters(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Requester current() {
        if (identity.isAnonymous()) {
            return new Requester(null, Set.of());
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : identity.getPrincipal().getName();
        return new Requester(subject, identity.getRoles());
    }
}
