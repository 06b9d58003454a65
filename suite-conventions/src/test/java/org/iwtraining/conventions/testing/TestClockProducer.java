package org.iwtraining.conventions.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Replaces a service's clock in its tests: a test injects {@link MutableClock} to set the date. It is one
 * bean for every service because the test-jar is indexed (its {@code META-INF/beans.xml}).
 */
@Singleton
public class TestClockProducer {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    MutableClock clock() {
        return new MutableClock();
    }
}
