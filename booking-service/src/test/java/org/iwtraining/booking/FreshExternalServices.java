package org.iwtraining.booking;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Before every {@code @QuarkusTest} method of this module (registered in {@code META-INF/services}): the shared
 * {@link ExternalServicesStub} back to its start state and every circuit breaker closed, so a test that makes the
 * catalogue fail cannot open a breaker, or leave a stub, that a later test runs into.
 */
public class FreshExternalServices implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ExternalServicesStub.reset();
        Arc.container().select(CircuitBreakerMaintenance.class).get().resetAll();
    }
}
