package org.iwtraining.console.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A form refused before any page ran — quarkus-rest-csrf answers a missing or stale CSRF token with a bare 400 — gets
 * the GOV.UK error page too, saying what to do, instead of an empty answer.
 */
@Provider
public class EmptyRefusals implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity()) {
            response.setEntity(ErrorPages.Templates.problem("Sorry, this form could not be sent",
                    "It may have been open for too long. Go back, reload the page and try again.", null, false).render(),
                    null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
