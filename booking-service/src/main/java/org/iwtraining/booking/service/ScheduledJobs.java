package org.iwtraining.booking.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Triggers only: the work lives in services that tests call directly with the clock set. */
@ApplicationScoped
public class ScheduledJobs {

    private static final Logger LOG = Logger.getLogger(ScheduledJobs.class);

    private final BookingService bookings;
    private final AttendanceService attendance;
    private final IdempotencyStore idempotency;

    public ScheduledJobs(BookingService bookings, AttendanceService attendance, IdempotencyStore idempotency) {
        this.bookings = bookings;
        this.attendance = attendance;
        this.idempotency = idempotency;
    }

    @Scheduled(every = "${booking.caps-job.every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void liftDueCaps() {
        int promoted = bookings.liftDueCaps();
        if (promoted > 0) {
            LOG.infof("Caps lifted: %d waitlisted places confirmed", promoted);
        }
    }

    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void completeEndedSessions() {
        attendance.completeEndedSessions();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeIdempotencyKeys() {
        idempotency.purgeExpired();
    }
}
