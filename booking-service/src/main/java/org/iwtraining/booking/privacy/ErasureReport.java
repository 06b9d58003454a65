package org.iwtraining.booking.privacy;

import java.time.Instant;

/**
 * What an erasure did. The counts kept are the person's training history, which stays under their id; the
 * counts erased are the places their data was taken out of; {@code followupEventId} is the person.erased event
 * that carries the erasure to followup-service.
 *
 * @param firstErasure false when the person had already been erased and nothing new had arrived since
 */
public record ErasureReport(String personId, Instant erasedAt, boolean firstErasure, long bookingsKept, long attendanceKept,
        long completionsKept, int waiversErased, int bookingNotesErased, int outboxRowsErased, int noticesWithheld,
        int storedResponsesErased, String followupEventId) {
}
