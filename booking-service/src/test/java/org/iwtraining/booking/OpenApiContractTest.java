package org.iwtraining.booking;

import org.iwtraining.conventions.testing.OpenApiDocumentTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The served document equals the checked-in {@code booking-service/openapi.json}; regenerate it after an intended
 * change with {@code ./mvnw -pl booking-service verify -Dopenapi.update=true -Dtest=OpenApiContractTest}.
 */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class OpenApiContractTest extends OpenApiDocumentTest {
}
