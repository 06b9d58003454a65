package org.iwtraining.catalogue;

import org.iwtraining.conventions.testing.ServiceShapeTest;

/** catalogue-service keeps the suite's shape (its ARCHITECTURE.md). */
class ArchitectureTest extends ServiceShapeTest {

    ArchitectureTest() {
        super("org.iwtraining.catalogue");
    }
}
