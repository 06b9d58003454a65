package org.iwtraining.catalogue;

import org.iwtraining.conventions.testing.OpenApiDocumentTest;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The served document equals the checked-in {@code catalogue-service/openapi.json}; regenerate it after an intended
 * change with {@code ./mvnw -pl catalogue-service verify -Dopenapi.update=true -Dtest=OpenApiContractTest}.
 */
@QuarkusTest
class OpenApiContractTest extends OpenApiDocumentTest {
}
