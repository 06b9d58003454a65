package org.iwtraining.booking;

import java.time.Clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.iwtraining.conventions.time.MutableClock;

/** Replaces the service's clock in tests: inject {@link MutableClock} to set the date. */
public class TestClock {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    MutableClock clock() {
        return new MutableClock();
    }
}
