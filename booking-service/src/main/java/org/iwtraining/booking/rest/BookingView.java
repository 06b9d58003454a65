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
public record BookingView(String id, String sessionId, String personId,
        @Schema(description = "The person's given name: in a session's list of places only") String givenName,
        @Schema(description = "The person's family name: in a session's list of places only") String familyName,
        String agencyCode, BookingStatus status,
        @Schema(description = "Why it waits: FULL (wins when both hold) or AGENCY_CAP") WaitReason reason,
        @Schema(description = "First come first served rank among the waitlisted, from 1") Integer position,
        String overrideReason,
        @Schema(description = "An earlier place that supplied a prerequisite was cancelled or missed") boolean prerequisiteAtRisk,
        Instant createdAt,
        @Schema(description = "Set once the place is cancelled: why, by whom, when, and whether it was late") SessionView.CancellationView cancellation,
        @Schema(description = "The session's title: in a person's list of places only") String sessionTitle,
        @Schema(description = "When the session starts: in a person's list of places only") Instant sessionStartsAt)
        implements ConcernsPeople {

    public static BookingView from(Placed placed) {
        Booking b = placed.booking();
        return new BookingView(b.id, b.sessionId, b.personId, placed.person() == null ? null : placed.person().givenName,
                placed.person() == null ? null : placed.person().familyName, b.agencyCode, b.status, b.reason,
                placed.position(), b.overrideReason, b.prerequisiteAtRisk, b.createdAt, b.cancelReason == null ? null
                        : new SessionView.CancellationView(b.cancelReason, b.cancelNote, b.cancelledBy, b.cancelledAt, b.lateCancellation),
                placed.session() == null ? null : placed.session().title,
                placed.session() == null ? null : placed.session().startsAt);
    }

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }
}
