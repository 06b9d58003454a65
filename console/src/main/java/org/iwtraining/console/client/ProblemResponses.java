package org.iwtraining.console.client;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every answer outside 2xx from a service becomes one of two exceptions: {@link ServiceUnavailableException} (5xx,
 * 429: worth retrying) or {@link ServiceRefusedException} carrying the service's problem details.
 */
public class ProblemResponses implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500 || status == 429) {
            return new ServiceUnavailableException("the service answered " + status);
        }
        return new ServiceRefusedException(problem(status, response.hasEntity() ? response.readEntity(String.class) : ""));
    }

    static ServiceProblem problem(int status, String body) {
        try {
            Body parsed = JSON.readValue(body, Body.class);
            return new ServiceProblem(status, parsed.title(), parsed.detail(), parsed.code(), parsed.errors());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // not problem details (a proxy's page, an empty 401): the status alone says what happened
            return new ServiceProblem(status, null, null, null, List.of());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Body(String title, String detail, String code, List<FieldProblem> errors) {
    }
}
