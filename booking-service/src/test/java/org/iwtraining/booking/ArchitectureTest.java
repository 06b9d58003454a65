package org.iwtraining.booking;

import org.iwtraining.conventions.testing.ServiceShapeTest;

/** booking-service keeps the suite's shape (its ARCHITECTURE.md). */
class ArchitectureTest extends ServiceShapeTest {

    ArchitectureTest() {
        super("org.iwtraining.booking");
    }
}
