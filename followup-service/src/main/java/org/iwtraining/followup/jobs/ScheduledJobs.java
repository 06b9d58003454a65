package org.iwtraining.followup.jobs;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.followup.reminders.ReminderService;
import org.iwtraining.followup.selfreport.TrainerNotices;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Every {@code @Scheduled} trigger of the service, so its timetable reads in one place: the reminder digest at the
 * configured hour, Europe/London (it sends nothing on a weekend or bank holiday) with the trainer notices, and the
 * retry of failed sends.
 * Every instance runs both; the claims in {@link ReminderService} keep each reminder to one send.
 */
@ApplicationScoped
public class ScheduledJobs {

    private static final Logger LOG = Logger.getLogger(ScheduledJobs.class);

    private final ReminderService reminders;
    private final TrainerNotices trainerNotices;

    public ScheduledJobs(ReminderService reminders, TrainerNotices trainerNotices) {
        this.reminders = reminders;
        this.trainerNotices = trainerNotices;
    }

    @Scheduled(identity = "followup-digest", cron = "{followup.reminders.cron}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void digest() {
        long started = System.nanoTime();
        ReminderService.RunSummary run = reminders.sendDue();
        int notices = trainerNotices.sendDue();
        LOG.infof("Reminder run: %d digests, %d escalations, %d trainer notices sent, %d failed in %d ms", run.digests(),
                run.escalations(), notices, run.failed(), (System.nanoTime() - started) / 1_000_000);
    }

    @Scheduled(identity = "followup-reminder-retry", every = "{followup.reminders.retry-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        int sent = reminders.retryUnsent() + trainerNotices.retryUnsent();
        if (sent > 0) {
            LOG.infof("Reminder retry: %d sent", sent);
        }
    }
}
