package org.iwtraining.followup;

import org.iwtraining.conventions.testing.AccessMatrixContractTest;

import io.quarkus.test.junit.QuarkusTest;

/** Every operation of the served document, walked with every role against the followup-service rows of the matrix. */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixContractTest {

    @Override
    protected String service() {
        return "followup-service";
    }
}
