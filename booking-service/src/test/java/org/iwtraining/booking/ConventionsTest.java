package org.iwtraining.booking;

import org.iwtraining.conventions.testing.ConventionsContractTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The suite's conventions (health, metrics, problem details for unknown paths), checked on this service. */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class ConventionsTest extends ConventionsContractTest {

    @Override
    protected String collectionPath() {
        return "/sessions";
    }
}
