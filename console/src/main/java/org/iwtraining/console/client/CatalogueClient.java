package org.iwtraining.console.client;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way to catalogue-service: every call has a timeout, is retried while the service cannot answer (all of
 * them are reads) and goes through a circuit breaker; a refusal ({@link ServiceRefusedException}) is neither retried
 * nor counted as a failure.
 */
@ApplicationScoped
@Timeout(3000)
@Retry(maxRetries = 2, delay = 100, abortOn = ServiceRefusedException.class)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = ServiceRefusedException.class)
public class CatalogueClient {

    /** The largest page the services give; the catalogue's lists (26 modules, 5 processes) fit in one. */
    private static final int WHOLE_LIST = 500;

    private final CatalogueApi api;

    CatalogueClient(@RestClient CatalogueApi api) {
        this.api = api;
    }

    public List<CatalogueData.Module> modules() {
        List<CatalogueData.Module> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<CatalogueData.Module> page = api.modules(WHOLE_LIST, cursor);
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        return all;
    }

    public List<CatalogueData.Process> processes() {
        return api.processes(WHOLE_LIST).items();
    }

    public List<CatalogueData.Audience> audiences() {
        return api.audiences(WHOLE_LIST).items();
    }

    public CatalogueData.Plan plan() {
        return api.plan();
    }

    public CatalogueData.Route route(String audience) {
        return api.route(audience);
    }

    /** A question, not a change: safe to retry. */
    public CatalogueData.NextSteps nextSteps(CatalogueData.NextStepsQuestion question) {
        return api.nextSteps(question);
    }
}
