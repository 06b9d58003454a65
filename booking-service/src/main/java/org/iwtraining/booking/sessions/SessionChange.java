package org.iwtraining.booking.sessions;

import java.time.Instant;
import java.util.List;

/** What a coordinator may change on a session: everything but what it delivers and to whom. */
public record SessionChange(String title, String venue, int capacity, List<String> trainerHrIds, Instant startsAt,
        Instant endsAt, List<PartTimes> parts, MixPolicy mixPolicy, String joiningInstructions,
        String roomId, String overrideReason) {
}
