package org.iwtraining.booking.notices;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.CancellationReason;
import org.iwtraining.booking.WaitReason;

/** The payload of a {@code notice.*} event: everything the e-mail and its invitation are composed from. */
@Schema(name = "NoticeEvent", description = "notice.confirmed, notice.waitlisted, notice.promoted, notice.changed, notice.cancelled, "
        + "notice.reminder, notice.reminder-manager, notice.no-show, notice.completed, notice.network, notice.trainer-cancelled: "
        + "an e-mail to the attendee (or, for the manager's and trainer's kinds, to them)")
public record NoticePayload(NoticeKind kind, String bookingId, String personId, String name, String email, String sessionId,
        String title, String venue, List<NoticeBooking.Part> parts, Integer waitlistPosition,
        @Schema(description = "The UID of the attendee's calendar entry for this booking; null when no invitation goes with the notice") String calendarUid,
        @Schema(description = "The invitation's SEQUENCE: 0 when first sent, one more on each change") Integer sequence,
        @Schema(enumeration = { "REQUEST", "CANCEL" }, description = "The invitation's iTIP method; null without an invitation") String calendarMethod,
        Instant issuedAt,
        @Schema(description = "Why a waitlisted place waits: FULL, or AGENCY_CAP (the agency's share reached while seats remain)") WaitReason waitReason,
        @Schema(description = "Why the place or the session was cancelled") CancellationReason cancellationReason,
        @Schema(description = "The canceller's free text") String cancellationNote,
        @Schema(description = "The session's joining instructions (reminders)") String joiningInstructions,
        @Schema(description = "The attendee a manager's notice is about") String about,
        @Schema(description = "The other consenting attendees (notice.network)") List<NoticeContact> contacts) {
}
