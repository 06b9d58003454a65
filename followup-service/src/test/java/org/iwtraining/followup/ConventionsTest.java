package org.iwtraining.followup;

import org.iwtraining.conventions.testing.ConventionsContractTest;

import io.quarkus.test.junit.QuarkusTest;

/** The suite's conventions (health, metrics, problem details for unknown paths), checked on this service. */
@QuarkusTest
class ConventionsTest extends ConventionsContractTest {

    @Override
    protected String collectionPath() {
        return "/followups";
    }
}
