package org.iwtraining.followup;

import org.iwtraining.conventions.testing.ServiceShapeTest;

/** followup-service keeps the suite's shape (its ARCHITECTURE.md). */
class ArchitectureTest extends ServiceShapeTest {

    ArchitectureTest() {
        super("org.iwtraining.followup");
    }
}
