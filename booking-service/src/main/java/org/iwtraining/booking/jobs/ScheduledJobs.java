package org.iwtraining.booking.jobs;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.booking.attendance.AttendanceService;
import org.iwtraining.booking.attendance.CascadeDetection;
import org.iwtraining.booking.attendance.PractitionerNetworks;
import org.iwtraining.booking.bookings.Waitlist;
import org.iwtraining.booking.idempotency.IdempotencyStore;
import org.iwtraining.booking.notices.Reminders;
import org.iwtraining.booking.outbox.OutboxDispatcher;
import org.iwtraining.booking.privacy.Retention;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Every scheduled trigger of the service, and nothing but triggers: the work lives in the wings, whose methods
 * tests call directly with the clock set (the scheduler is off in tests).
 */
@ApplicationScoped
public class ScheduledJobs {

    private static final Logger LOG = Logger.getLogger(ScheduledJobs.class);

    private final Waitlist waitlist;
    private final AttendanceService attendance;
    private final CascadeDetection cascades;
    private final OutboxDispatcher outbox;
    private final IdempotencyStore idempotency;
    private final Retention retention;
    private final Reminders reminders;
    private final PractitionerNetworks networks;

    public ScheduledJobs(Waitlist waitlist, AttendanceService attendance, CascadeDetection cascades, OutboxDispatcher outbox,
            IdempotencyStore idempotency, Retention retention, Reminders reminders, PractitionerNetworks networks) {
        this.reminders = reminders;
        this.networks = networks;
        this.retention = retention;
        this.waitlist = waitlist;
        this.attendance = attendance;
        this.cascades = cascades;
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    @Scheduled(every = "${booking.caps-job.every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void liftDueCaps() {
        int promoted = waitlist.liftDueCaps();
        if (promoted > 0) {
            LOG.infof("Caps lifted: %d waitlisted places confirmed", promoted);
        }
    }

    @Scheduled(identity = "cascade-job", every = "${booking.cascade-job.every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void detectCascades() {
        cascades.uncheckedSessions();
    }

    @Scheduled(identity = "outbox-dispatcher", every = "${booking.outbox.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchOutbox() {
        outbox.dispatchDue();
    }

    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void completeEndedSessions() {
        attendance.completeEndedSessions();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeIdempotencyKeys() {
        idempotency.purgeExpired();
    }

    @Scheduled(identity = "reminder-job", every = "${booking.reminders.every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendReminders() {
        int queued = reminders.sendDue();
        if (queued > 0) {
            LOG.infof("Reminders: %d queued", queued);
        }
    }

    @Scheduled(identity = "network-job", every = "${booking.network-job.every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendPractitionerNetworks() {
        networks.sendDue();
    }

    @Scheduled(identity = "retention-job", every = "${booking.retention.every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void eraseLeaversDue() {
        int erased = retention.eraseDueLeavers();
        if (erased > 0) {
            LOG.infof("Retention: the personal data of %d leaver(s) erased", erased);
        }
    }
}
