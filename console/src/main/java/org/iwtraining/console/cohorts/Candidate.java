package org.iwtraining.console.cohorts;

import org.iwtraining.console.client.BookingData;
import org.iwtraining.console.sessions.When;

/** A session a cohort may be placed in, as the form lists it: what, when, places left. */
public record Candidate(String id, String title, String when, String process, int placesLeft, int capacity) {

    static Candidate from(BookingData.Session s) {
        return new Candidate(s.id(), s.title() == null ? String.join(" + ", s.moduleRefs()) : s.title(),
                When.span(s.startsAt(), s.endsAt()), s.process(), Math.max(0, s.capacity() - s.confirmed()),
                s.capacity());
    }
}
