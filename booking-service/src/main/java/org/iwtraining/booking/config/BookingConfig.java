package org.iwtraining.booking.config;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** booking-service's own settings ({@code booking.*}); the outbox's are {@link OutboxConfig}. */
@ConfigMapping(prefix = "booking")
public interface BookingConfig {

    /** Lifting caps once {@code capsLiftAt} has passed. */
    Job capsJob();

    /** Looking for sessions with attendance recorded that the cascade rule has not yet judged. */
    Job cascadeJob();

    /** What counts as a trainer's cascade (cascade.started). */
    Cascade cascade();

    Catalogue catalogue();

    /** Cohort proposals. */
    Cohorts cohorts();

    interface Cohorts {

        /**
         * The longest a proposal may compute before it is refused (422 {@code COHORT_TOO_LARGE}, nothing stored):
         * well below the 60 s transaction timeout, whose expiry would roll the work back and answer 500 only once
         * the whole computation was over.
         */
        @WithDefault("40s")
        Duration computeLimit();
    }

    /** The reminder each confirmed attendee gets before a session. */
    Reminders reminders();

    /** When a cancellation counts as late. */
    Cancellation cancellation();

    /** Which notices managers get. */
    Notices notices();

    /** Practitioner networks (seed 2.10): consenting attendees get each other's contacts after a session. */
    Job networkJob();

    interface Reminders {

        /** How many working days (England and Wales: weekends and bank holidays left out) before the session. */
        @WithDefault("3")
        int daysBefore();

        /** Whether the attendee's manager gets a copy of the reminder. */
        @WithDefault("true")
        boolean copyManager();

        /** How often the reminder job runs (read by its {@code @Scheduled} expression). */
        @WithDefault("15m")
        String every();
    }

    interface Cancellation {

        /** A place cancelled fewer working days than this before the session is flagged late. */
        @WithDefault("5")
        int noticeDays();
    }

    interface Notices {

        /** Whether a person's manager is told when attendance records them as a no-show. */
        @WithDefault("true")
        boolean managerNoShow();

        /** Whether a person's manager is told when the person completes a session. */
        @WithDefault("true")
        boolean managerCompletion();
    }

    /** How long personal data is kept. */
    Retention retention();

    /** Where HR webhooks may be delivered. */
    Webhooks webhooks();

    interface Webhooks {

        /**
         * Hosts exempt from the refusal of webhook targets in the authority's own network (loopback, private,
         * link-local, ...) and of plain http: each as the URL writes it ({@code hr-gateway.internal},
         * {@code 10.1.2.3}, {@code ::1}), compared case-insensitively. Empty by default: only https to public
         * addresses ({@code BOOKING_WEBHOOKS_ALLOW_HOSTS}, comma-separated).
         */
        Optional<List<String>> allowHosts();
    }

    interface Cascade {

        /**
         * How many attendees besides the session's trainers, marked ATTENDED or PARTIAL, a session needs before it
         * proves its trainers' cascade ({@code booking.cascade.min-attendees}).
         */
        @WithDefault("3")
        int minAttendees();
    }

    interface Job {

        /** How often the job runs (read by its {@code @Scheduled} expression in {@code ScheduledJobs}). */
        @WithDefault("60s")
        String every();
    }

    interface Retention {

        /**
         * How long after leaving a leaver's personal data is kept before it is erased (an ISO-8601 period;
         * six years is the usual HR retention).
         */
        @WithDefault("P6Y")
        Period leavers();

        /** How often the retention job looks for leavers due (read by its {@code @Scheduled} expression). */
        @WithDefault("1h")
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
