package org.iwtraining.console.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** "Now" for every page that depends on it (upcoming sessions, whether a session has taken place): one clock to set in tests. */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
