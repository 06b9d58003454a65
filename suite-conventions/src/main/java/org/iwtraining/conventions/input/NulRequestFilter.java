package org.iwtraining.conventions.input;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.iwtraining.conventions.problem.FieldError;
import org.iwtraining.conventions.problem.Problem;

/**
 * Refuses a NUL character in the decoded path or in a query parameter before any resource runs: a 400
 * naming {@code path} or the parameter, for every operation at once.
 */
@Provider
@PreMatching
public class NulRequestFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String field = null;
        if (NulCharacters.in(request.getUriInfo().getPath())) {
            field = "path";
        } else {
            for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
                if (NulCharacters.in(parameter.getKey()) || parameter.getValue().stream().anyMatch(NulCharacters::in)) {
                    field = NulCharacters.in(parameter.getKey()) ? "query" : parameter.getKey();
                    break;
                }
            }
        }
        if (field != null) {
            request.abortWith(Response.status(400).type(Problem.MEDIA_TYPE)
                    .entity(Problem.invalid(field + ": " + NulCharacters.MESSAGE,
                            List.of(new FieldError(field, NulCharacters.MESSAGE))))
                    .build());
        }
    }
}
