package org.iwtraining.booking.rest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.Booking;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.WaitReason;
import org.iwtraining.booking.bookings.Placed;
import org.iwtraining.conventions.audit.ConcernsPeople;

/** A place on a session. */
public record BookingView(String id, String sessionId, String personId, String agencyCode, BookingStatus status,
        @Schema(description = "Why it waits: FULL (wins when both hold) or AGENCY_CAP") WaitReason reason,
        @Schema(description = "First come first served rank among the waitlisted, from 1") Integer position,
        String overrideReason,
        @Schema(description = "An earlier place that supplied a prerequisite was cancelled or missed") boolean prerequisiteAtRisk,
        Instant createdAt,
        @Schema(description = "Set once the place is cancelled: why, by whom, when, and whether it was late") SessionView.CancellationView cancellation)
        implements ConcernsPeople {

    public static BookingView from(Placed placed) {
        Booking b = placed.booking();
        return new BookingView(b.id, b.sessionId, b.personId, b.agencyCode, b.status, b.reason, placed.position(),
                b.overrideReason, b.prerequisiteAtRisk, b.createdAt, b.cancelReason == null ? null
                        : new SessionView.CancellationView(b.cancelReason, b.cancelNote, b.cancelledBy, b.cancelledAt, b.lateCancellation));
    }

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }
}
