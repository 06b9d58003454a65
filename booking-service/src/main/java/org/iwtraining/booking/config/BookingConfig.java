package org.iwtraining.booking.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** booking-service's own settings ({@code booking.*}); the outbox's are {@link OutboxConfig}. */
@ConfigMapping(prefix = "booking")
public interface BookingConfig {

    /** Lifting caps once {@code capsLiftAt} has passed. */
    Job capsJob();

    /** Looking for sessions that started, whose trainers may have begun to cascade. */
    Job cascadeJob();

    Catalogue catalogue();

    interface Job {

        /** How often the job runs (read by its {@code @Scheduled} expression in {@code ScheduledJobs}). */
        @WithDefault("60s")
        String every();
    }

    interface Catalogue {

        /**
         * How often catalogue-service's revision is asked; cached module data and eligibility answers are
         * dropped when it has changed.
         */
        @WithDefault("30s")
        Duration revisionCheck();
    }
}
