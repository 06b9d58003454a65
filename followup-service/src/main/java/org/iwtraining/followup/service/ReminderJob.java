package org.iwtraining.followup.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * The reminder schedule: the digest run at the configured hour, Europe/London (it sends nothing on a
 * weekend or bank holiday), and the retry of failed sends. Every instance runs both; the claims in
 * {@link ReminderService} keep each reminder to one send.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    private final ReminderService reminders;

    public ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(identity = "followup-digest", cron = "{followup.reminders.cron}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void digest() {
        long started = System.nanoTime();
        ReminderService.RunSummary run = reminders.sendDue();
        LOG.infof("Reminder run: %d digests, %d escalations sent, %d failed in %d ms", run.digests(), run.escalations(),
                run.failed(), (System.nanoTime() - started) / 1_000_000);
    }

    @Scheduled(identity = "followup-reminder-retry", every = "{followup.reminders.retry-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        int sent = reminders.retryUnsent();
        if (sent > 0) {
            LOG.infof("Reminder retry: %d sent", sent);
        }
    }
}
