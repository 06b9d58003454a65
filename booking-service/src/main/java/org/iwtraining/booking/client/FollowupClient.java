package org.iwtraining.booking.client;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * followup-service as the outbox dispatcher calls it. Each call answers the receiver's HTTP status; a
 * connection failure or a timeout throws. No retries here: the outbox retries, with back-off, across restarts.
 */
@ApplicationScoped
public class FollowupClient {

    private final FollowupApi api;

    public FollowupClient(@RestClient FollowupApi api) {
        this.api = api;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public int openCase(JsonNode body) {
        return status(() -> api.openCase(body));
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public int cascadeStarted(JsonNode body) {
        return status(() -> api.cascadeStarted(body));
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public int personEvent(JsonNode body) {
        return status(() -> api.personEvent(body));
    }

    private static int status(Supplier<Response> call) {
        try (Response response = call.get()) {
            return response.getStatus();
        } catch (WebApplicationException e) {
            return e.getResponse().getStatus();
        }
    }
}
