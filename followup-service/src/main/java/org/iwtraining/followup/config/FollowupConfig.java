package org.iwtraining.followup.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings, under {@code followup.}. */
@ConfigMapping(prefix = "followup")
public interface FollowupConfig {

    DefaultCaller defaultCaller();

    Reminders reminders();

    Stall stall();

    /** When an open case is STALLED (and escalated once to the trainer's line manager). */
    interface Stall {
        /** NOT_STARTED calls after which a case stalls. */
        @WithDefault("3")
        int notStartedCalls();

        /** NO_CONTACT attempts in a row after which a case stalls. */
        @WithDefault("4")
        int noContactAttempts();
    }

    TrainerNotices trainerNotices();

    /** The e-mail that tells a trainer a call is coming, with their self-report link. */
    interface TrainerNotices {
        /** How many working days before a call is due its trainer is told. */
        @WithDefault("2")
        int workingDaysAhead();

        /** The service's address as trainers reach it, for the self-report link ({@code FOLLOWUP_PUBLIC_URL}). */
        @WithDefault("http://localhost:8083")
        String publicUrl();
    }

    /** The caller that cases sent without one are assigned to. */
    interface DefaultCaller {
        @WithDefault("Follow-up team")
        String name();

        @WithDefault("followup@localhost")
        String email();

        Optional<String> managerEmail();

        /** The {@code sub} of the token of whoever works the default caller's queue; none: only coordinators do. */
        Optional<String> subject();
    }

    interface Reminders {
        /** The hour (Europe/London, 0–23) of the working-day digest run. */
        @WithDefault("8")
        int digestHour();

        /** The digest schedule as a Quarkus cron expression (built from the hour); {@code off} disables it. */
        String cron();

        /** How often failed sends are retried; {@code off} disables it. */
        @WithDefault("15m")
        String retryEvery();

        /** Sends tried per reminder before it is left FAILED for good. */
        @WithDefault("5")
        int maxAttempts();

        /** A claim older than this whose send never finished (the instance died) is taken over. */
        @WithDefault("15")
        int staleClaimMinutes();
    }
}
