package org.iwtraining.booking.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox dispatcher claims and retries. */
@ConfigMapping(prefix = "booking.outbox")
public interface OutboxConfig {

    /** How often the scheduler runs the dispatcher (read by its {@code @Scheduled} expression). */
    @WithDefault("5s")
    String every();

    /** Rows claimed (and locked) per transaction. */
    @WithDefault("10")
    int batchSize();

    /** Delay before the first retry; it doubles with each failed attempt. */
    @WithDefault("10S")
    Duration firstRetry();

    @WithDefault("1H")
    Duration maxRetryDelay();

    /** After this long without a delivery an event is FAILED (an operator may retry it). */
    @WithDefault("72H")
    Duration retryWindow();
}
