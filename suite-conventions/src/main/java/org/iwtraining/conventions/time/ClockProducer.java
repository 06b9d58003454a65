package org.iwtraining.conventions.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one {@link Clock} every rule that depends on "now" reads. Tests replace it with the test-jar's {@code MutableClock}
 * (an {@code @Alternative} producer in the test sources).
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
