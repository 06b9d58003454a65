package org.iwtraining.booking;

import org.iwtraining.conventions.testing.AccessMatrixContractTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation of booking-service against its section of docs/access-matrix.md, with every role. */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class AccessMatrixTest extends AccessMatrixContractTest {

    @Override
    protected String service() {
        return "booking-service";
    }
}
