package org.iwtraining.conventions.http;

import java.util.Set;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.iwtraining.conventions.problem.Problem;

/** 405 with its {@code Allow} header, and {@code OPTIONS} that answers for the path asked, not a class's prefix. */
public final class MethodProblems {

    private MethodProblems() {
    }

    /** A method the path does not answer: 405 problem details listing the ones it does (RFC 9110 §15.5.6). */
    @Provider
    public static class NotAllowedMapper implements ExceptionMapper<NotAllowedException> {

        private final ResourceMethods methods;

        @Context
        UriInfo uri;

        public NotAllowedMapper(ResourceMethods methods) {
            this.methods = methods;
        }

        @Override
        public Response toResponse(NotAllowedException e) {
            Set<String> allowed = methods.allowed(uri.getPath());
            return Response.status(405).allow(allowed).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(405, "Method Not Allowed", "This resource does not accept that method; it accepts "
                            + String.join(", ", allowed)))
                    .build();
        }
    }

    /**
     * {@code OPTIONS}: the methods of this very path in {@code Allow}, or 404 problem details when no resource has
     * the path (Quarkus REST would answer 200 for anything under a resource class's prefix).
     */
    @Provider
    @PreMatching
    public static class OptionsFilter implements ContainerRequestFilter {

        private final ResourceMethods methods;

        public OptionsFilter(ResourceMethods methods) {
            this.methods = methods;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
                return;
            }
            Set<String> allowed = methods.allowed(request.getUriInfo().getPath());
            if (allowed.isEmpty()) {
                request.abortWith(Response.status(404).type(Problem.MEDIA_TYPE)
                        .entity(Problem.of(404, "Not Found", "No resource at this address")).build());
            } else {
                request.abortWith(Response.noContent().allow(allowed).build());
            }
        }
    }
}
