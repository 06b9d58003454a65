package org.iwtraining.console.sessions;

import java.util.List;

import org.iwtraining.console.client.BookingData;

/** A session as the lists show it: when, what, places left, and its agency mix. */
public record SessionSummary(String id, String title, String when, String process, List<String> modules, int capacity,
        int confirmed, int waitlisted, int placesLeft, boolean atRisk, boolean cancelled, String venue, MixBar mix,
        int agencyCap, boolean capsLifted) {

    static SessionSummary from(BookingData.Session s) {
        return new SessionSummary(s.id(), s.title() == null ? String.join(" + ", s.moduleRefs()) : s.title(),
                When.span(s.startsAt(), s.endsAt()), s.process(), s.moduleRefs(), s.capacity(), s.confirmed(),
                s.waitlisted(), Math.max(0, s.capacity() - s.confirmed()), "AT_RISK".equals(s.mixStatus()),
                "CANCELLED".equals(s.status()), s.venue(), MixBar.of(s.agencies(), s.agencyCap(), !s.capsLifted()),
                s.agencyCap(), s.capsLifted());
    }
}
