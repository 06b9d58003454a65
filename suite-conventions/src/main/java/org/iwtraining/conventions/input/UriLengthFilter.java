package org.iwtraining.conventions.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.iwtraining.conventions.problem.Problem;

/**
 * A request target (path and query) longer than {@value #MAX_URI} characters is a 414 problem before any
 * resource runs. The HTTP server's own limit ({@code quarkus.http.limits.max-initial-line-length}, set above
 * this one in every service, 128 KiB) answers a still longer line with a bare 414 before the REST layer sees it.
 */
@Provider
@PreMatching
public class UriLengthFilter implements ContainerRequestFilter {

    public static final int MAX_URI = 4096;

    @Override
    public void filter(ContainerRequestContext request) {
        String uri = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        int length = uri.length() + (query == null ? 0 : query.length() + 1);
        if (length > MAX_URI) {
            request.abortWith(Response.status(414).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(414, "URI Too Long", "The request's path and query exceed " + MAX_URI + " characters"))
                    .build());
        }
    }
}
