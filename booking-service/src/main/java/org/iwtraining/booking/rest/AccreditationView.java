package org.iwtraining.booking.rest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.iwtraining.booking.TrainerAccreditation;
import org.iwtraining.booking.TrainingProcess;
import org.iwtraining.conventions.audit.ConcernsPeople;

/** A trainer accreditation: who, for which process, why, recorded by whom and when. */
public record AccreditationView(String id, String personId, TrainingProcess process, String reason, String recordedBy,
        Instant recordedAt) implements ConcernsPeople {

    public static AccreditationView from(TrainerAccreditation a) {
        return new AccreditationView(a.id, a.personId, a.process, a.reason, a.recordedBy, a.recordedAt);
    }

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }
}
