package org.iwtraining.console.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * Who is signed in, for the page template ({@code inject:viewer}): their name, and the areas the navigation shows
 * them. The roles come from the provider's token, the same the services check.
 */
@RequestScoped
@Named("viewer")
public class Viewer {

    private final SecurityIdentity identity;
    private final HttpServerRequest request;

    Viewer(SecurityIdentity identity, HttpServerRequest request) {
        this.identity = identity;
        this.request = request;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** Whether the page being rendered belongs to {@code area} (the navigation marks it). */
    public boolean isIn(Area area) {
        String path = request.path();
        return path.equals(area.path()) || path.startsWith(area.path() + "/");
    }

    /** The areas this person's roles can use, in the navigation's order. */
    public List<Area> areas() {
        return Arrays.stream(Area.values()).filter(area -> area.usableWith(identity.getRoles())).toList();
    }
}
