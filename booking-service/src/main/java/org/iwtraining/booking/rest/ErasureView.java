package org.iwtraining.booking.rest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.privacy.ErasureReport;
import org.iwtraining.conventions.audit.ConcernsPeople;

/** What an erasure did in booking-service, and the event that carries it to followup-service. */
@Schema(description = "The summary of an erasure")
public record ErasureView(
        String personId,
        Instant erasedAt,
        @Schema(description = "false when the person had already been erased and HR had sent nothing anew since") boolean firstErasure,
        @Schema(description = "Kept, with the person's id, for the training counts") long bookingsKept,
        @Schema(description = "Kept, with the person's id, for the training counts") long attendanceKept,
        @Schema(description = "Kept, with the person's id, for the training counts") long completionsKept,
        @Schema(description = "Waiver reasons replaced by the marker") int waiversErased,
        @Schema(description = "Booking override reasons replaced by the marker") int bookingNotesErased,
        @Schema(description = "Outbox rows (events, notices, webhook deliveries) whose names and contact details were erased") int outboxRowsErased,
        @Schema(description = "Notices not yet sent, withheld: no address is left to send them to") int noticesWithheld,
        @Schema(description = "Stored first responses of idempotent POSTs rewritten") int storedResponsesErased,
        @Schema(description = "followup-service erases its copies when this person.erased event reaches it (retried until it does)")
        String followupEventId,
        @Schema(description = "What the name reads as from now on") String marker) implements ConcernsPeople {

    public static ErasureView from(ErasureReport r, String marker) {
        return new ErasureView(r.personId(), r.erasedAt(), r.firstErasure(), r.bookingsKept(), r.attendanceKept(),
                r.completionsKept(), r.waiversErased(), r.bookingNotesErased(), r.outboxRowsErased(), r.noticesWithheld(),
                r.storedResponsesErased(), r.followupEventId(), marker);
    }

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }
}
