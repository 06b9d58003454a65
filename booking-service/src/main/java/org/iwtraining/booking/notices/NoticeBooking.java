package org.iwtraining.booking.notices;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The facts a notice about one booking is written from, taken at the moment of the change.
 *
 * @param parts the session's parts in order
 * @param waitlistPosition the rank on the waiting list, for a waitlisted booking
 */
public record NoticeBooking(String bookingId, String personId, String name, String email, String sessionId, String title,
        String venue, List<Part> parts, Integer waitlistPosition) {

    @Schema(name = "NoticePart", description = "One part of the session, as the notice gives it")
    public record Part(Instant startsAt, Instant endsAt) {
    }
}
