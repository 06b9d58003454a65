package org.iwtraining.booking.client;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iwtraining.conventions.problem.DomainException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * followup-service as the outbox dispatcher calls it. Each call answers the receiver's HTTP status; a
 * connection failure or a timeout throws. No retries for events here: the outbox retries, with back-off, across
 * restarts. The export of a person, a read, is retried twice.
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

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public int erase(JsonNode body) {
        return status(() -> api.erase(body));
    }

    /**
     * Everything followup-service holds on a person, for booking's export; an export that cannot be complete is
     * refused (503), never answered in part.
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    public JsonNode export(String personId) {
        try (Response response = api.export(personId)) {
            if (response.getStatus() == 200) {
                return response.readEntity(JsonNode.class);
            }
            throw unavailable("answered HTTP " + response.getStatus());
        } catch (WebApplicationException e) {
            throw unavailable("answered HTTP " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            throw unavailable("did not answer");
        }
    }

    private static DomainException unavailable(String what) {
        return DomainException.unavailable("FOLLOWUP_UNAVAILABLE", "followup-service unavailable",
                "followup-service " + what + "; the export needs its part and was not made");
    }

    private static int status(Supplier<Response> call) {
        try (Response response = call.get()) {
            return response.getStatus();
        } catch (WebApplicationException e) {
            return e.getResponse().getStatus();
        }
    }
}
