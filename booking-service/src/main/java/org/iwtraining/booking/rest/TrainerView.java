package org.iwtraining.booking.rest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.people.TrainerService.TrainerAvailability;
import org.iwtraining.conventions.audit.ConcernsPeople;

/** A qualified trainer with the sessions they train in the window asked; free when there are none. */
public record TrainerView(String hrId, String givenName, String familyName, String agencyCode,
        @Schema(description = "No session of theirs overlaps the window") boolean free, List<TrainerSessionView> sessions)
        implements ConcernsPeople {

    public record TrainerSessionView(String id, String title, Instant startsAt, Instant endsAt) {
        static TrainerSessionView from(TrainingSession s) {
            return new TrainerSessionView(s.id, s.title, s.startsAt, s.endsAt);
        }
    }

    public static TrainerView from(TrainerAvailability t) {
        return new TrainerView(t.person().hrId, t.person().givenName, t.person().familyName, t.person().agencyCode, t.free(),
                t.sessions().stream().map(TrainerSessionView::from).toList());
    }

    @Override
    public Collection<String> personIds() {
        return List.of(hrId);
    }
}
