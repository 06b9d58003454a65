package org.iwtraining.console.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Every call to a service carries the signed-in person's access token (from the authorization code flow), so the
 * service's own role and object checks decide what the person may see and do; the console has no token of its own.
 * (quarkus-rest-client-oidc-token-propagation does this, but its 3.33.2 release cannot be resolved from Maven Central:
 * its parent POM is missing there.)
 */
@ApplicationScoped
public class SignedInBearer implements ClientHeadersFactory {

    private final SecurityIdentity identity;

    SignedInBearer(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            headers.putSingle("Authorization", "Bearer " + token.getToken());
        }
        return headers;
    }
}
