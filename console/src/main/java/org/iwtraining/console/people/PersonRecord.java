package org.iwtraining.console.people;

import java.util.List;

import org.iwtraining.console.client.BookingData;

/**
 * A person's page: who they are, their training record (completions, waivers), their places, and what they may take
 * next (catalogue-service's next steps for their audience and record).
 */
public record PersonRecord(PersonLine person, String email, String phone, List<BookingData.Completion> completions,
        List<BookingData.Waiver> waivers, List<Place> places, List<NextStep> nextSteps, String remaining,
        List<FollowUp> followUps) {

    /** One of their places: the session (its title and day, as the list of places gives them), the place's status in words. */
    public record Place(String sessionId, String session, String day, String status) {
    }

    /** A follow-up case of a train-the-trainer module they completed: where it stands, when the next call is due. */
    public record FollowUp(String moduleRef, String status, String nextCallDue) {
    }

    /** A module they could take: open now, or what it still needs in words. */
    public record NextStep(String ref, String name, boolean open, String needs, String duration) {
    }
}
