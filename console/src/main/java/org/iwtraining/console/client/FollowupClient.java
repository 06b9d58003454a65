package org.iwtraining.console.client;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way to followup-service, with the same timeout, retries (reads only) and circuit breaker as the other
 * clients; refusals are neither retried nor counted as failures.
 */
@ApplicationScoped
@Timeout(3000)
@Retry(maxRetries = 2, delay = 100, abortOn = ServiceRefusedException.class)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = ServiceRefusedException.class)
public class FollowupClient {

    /** A person has a case per train-the-trainer module completed: a handful at most. */
    private static final int CASES_OF_ONE_PERSON = 50;

    private final FollowupApi api;

    FollowupClient(@RestClient FollowupApi api) {
        this.api = api;
    }

    public List<FollowupData.Case> casesOf(String personId) {
        return api.cases(personId, CASES_OF_ONE_PERSON).items();
    }
}
