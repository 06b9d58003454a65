package org.iwtraining.catalogue;

import org.iwtraining.conventions.testing.AccessMatrixContractTest;

import io.quarkus.test.junit.QuarkusTest;

/** Every catalogue operation answers every role as docs/access-matrix.md says. */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixContractTest {

    @Override
    protected String service() {
        return "catalogue-service";
    }
}
