package org.iwtraining.booking.notices;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payload of a {@code notice.*} event: everything the e-mail and its invitation are composed from. */
@Schema(name = "NoticeEvent", description = "notice.confirmed, notice.waitlisted, notice.promoted, notice.changed, notice.cancelled: an e-mail to the attendee")
public record NoticePayload(NoticeKind kind, String bookingId, String personId, String name, String email, String sessionId,
        String title, String venue, List<NoticeBooking.Part> parts, Integer waitlistPosition,
        @Schema(description = "The UID of the attendee's calendar entry for this booking; null when no invitation goes with the notice") String calendarUid,
        @Schema(description = "The invitation's SEQUENCE: 0 when first sent, one more on each change") Integer sequence,
        @Schema(enumeration = { "REQUEST", "CANCEL" }, description = "The invitation's iTIP method; null without an invitation") String calendarMethod,
        Instant issuedAt) {
}
