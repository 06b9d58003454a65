package org.iwtraining.booking.sessions;

import java.time.Instant;
import java.util.List;

import org.iwtraining.booking.Audience;
import org.iwtraining.booking.TrainingProcess;

/**
 * A new session: a catalogue course (all of it, or a consecutive run of its modules given as moduleRefs) or modules, at a time (one span, or parts), with a mix policy. Absent
 * members are null; {@link SessionService} says which combinations it takes.
 */
public record SessionDraft(String title, String venue, String courseId, List<String> moduleRefs, TrainingProcess process,
        int capacity, List<String> trainerHrIds, Audience audience, Instant startsAt, Instant endsAt, List<PartTimes> parts,
        MixPolicy mixPolicy, String joiningInstructions, String roomId, String overrideReason) {
}
