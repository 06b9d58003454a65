package org.iwtraining.console.cohorts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.console.client.BookingClient;
import org.iwtraining.console.client.BookingData;
import org.iwtraining.console.client.CohortData;
import org.iwtraining.console.client.Page;
import org.iwtraining.console.client.SessionQuery;
import org.iwtraining.console.config.ConsoleConfig;
import org.iwtraining.console.sessions.MixBar;
import org.iwtraining.console.sessions.When;

/**
 * Cohorts through booking-service: the sessions and people a coordinator chooses from, the proposal (nothing is
 * booked) and its confirmation (every placement booked at once, or none).
 */
@ApplicationScoped
public class Cohorts {

    /** Why a nominee could not be placed, in words (booking-service's reasons, Unplaced.reason). */
    static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("PERSON_LEFT", "Has left their organisation"),
            Map.entry("UNKNOWN_PERSON", "No one has this HR id"),
            Map.entry("PREREQUISITE_MISSING", "Has not completed the modules these sessions need first"),
            Map.entry("ALREADY_BOOKED", "Already has a place on one of these sessions"),
            Map.entry("ALREADY_TRAINED", "Has already completed this training"),
            Map.entry("AUDIENCE_MISMATCH", "These sessions are for another audience"),
            Map.entry("OVERLAPPING_BOOKING", "Has a place on another session at the same time"),
            Map.entry("SESSION_CLOSED", "These sessions no longer take bookings"),
            Map.entry("NO_ELIGIBLE_SESSION", "None of these sessions is open to them (a different reason for each)"),
            Map.entry("ELIGIBLE_SESSIONS_FULL", "Every session open to them is full"),
            Map.entry("AGENCY_CAP", "Their agency already has as many places as it may on every session open to them"));

    /** The authority's zone: "upcoming" starts at its midnight. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final BookingClient booking;
    private final Clock clock;
    private final int pageSize;

    Cohorts(BookingClient booking, Clock clock, ConsoleConfig config) {
        this.booking = booking;
        this.clock = clock;
        this.pageSize = config.pageSize();
    }

    /** Upcoming sessions to choose from (from today, or in the month), one page, by start. */
    public Page<Candidate> candidates(String process, String module, YearMonth month, String cursor) {
        SessionQuery query = new SessionQuery();
        if (month != null) {
            query.from = month.atDay(1).toString();
            query.to = month.atEndOfMonth().toString();
        } else {
            query.from = LocalDate.now(clock.withZone(LONDON)).toString();
        }
        query.process = process;
        query.module = module;
        query.limit = pageSize;
        query.cursor = cursor;
        Page<BookingData.Session> page = booking.sessions(query);
        return new Page<>(page.items().stream().map(Candidate::from).toList(), page.next());
    }

    /** The sessions already chosen, whatever the filter shows now: one request. */
    public List<Candidate> chosen(List<String> sessionIds) {
        return booking.sessionsById(sessionIds).stream().map(Candidate::from).toList();
    }

    /** People found by name or HR id (an agency lead's search finds their agency's only: booking-service decides). */
    public List<BookingData.Person> people(String q) {
        return booking.people(q, pageSize, null).items();
    }

    /** Proposes the allocation; the same {@code idempotencyKey} again proposes nothing twice. */
    public String propose(String idempotencyKey, String name, List<String> nominees, List<String> sessions,
            String strategy) {
        return booking.proposeCohort(idempotencyKey, new CohortData.CohortQuestion(name, nominees, sessions, strategy))
                .id();
    }

    public Proposal proposal(String id) {
        return view(booking.cohort(id));
    }

    public Proposal confirm(String id) {
        return view(booking.confirmCohort(id));
    }

    /** The cohort with its sessions' titles, dates and caps, read in one request for all of them. */
    private Proposal view(CohortData.Cohort cohort) {
        Map<String, BookingData.Session> sessions = booking.sessionsById(
                cohort.sessions().stream().map(CohortData.SessionMix::sessionId).toList()).stream()
                .collect(Collectors.toMap(BookingData.Session::id, Function.identity()));
        Map<String, Integer> proposed = new HashMap<>();
        cohort.placements().forEach(p -> proposed.merge(p.sessionId(), 1, Integer::sum));
        List<Proposal.SessionPlan> plans = cohort.sessions().stream().map(mix -> {
            BookingData.Session s = sessions.get(mix.sessionId());
            String title = s == null ? mix.sessionId() : s.title() == null ? String.join(" + ", s.moduleRefs()) : s.title();
            String when = s == null ? "" : When.span(s.startsAt(), s.endsAt());
            int cap = s == null ? mix.capacity() : s.agencyCap();
            boolean capsHold = s != null && !s.capsLifted();
            return new Proposal.SessionPlan(mix.sessionId(), title, when, mix.capacity(), mix.confirmedAfter(),
                    proposed.getOrDefault(mix.sessionId(), 0), mix.distinctAgencies(), mix.distinctSectors(),
                    "AT_RISK".equals(mix.mixStatus()), MixBar.of(mix.agencies(), cap, capsHold));
        }).toList();
        List<Proposal.Unplaced> unplaced = cohort.unplaced().stream()
                .map(u -> new Proposal.Unplaced(u.personId(), REASONS.getOrDefault(u.reason(), u.reason()))).toList();
        int placed = cohort.objective() == null ? cohort.placements().size() : cohort.objective().placed();
        long squares = cohort.objective() == null ? 0 : cohort.objective().sumOfSquares();
        return new Proposal(cohort.id(), cohort.name(), "CONFIRMED".equals(cohort.status()), cohort.strategy(), placed,
                placed + unplaced.size(), squares, plans, unplaced,
                cohort.createdAt() == null ? "" : When.day(cohort.createdAt()));
    }
}
