package org.iwtraining.booking.rest;

import java.time.LocalDate;

import org.iwtraining.booking.Completion;

/** A line of a training record: from a session of ours ({@code sessionId}) or prior learning ({@code source}). */
public record CompletionView(String id, String moduleRef, LocalDate completedOn, String source, String sessionId) {

    public static CompletionView from(Completion c) {
        return new CompletionView(c.id, c.moduleRef, c.completedOn, c.source, c.sessionId);
    }
}
