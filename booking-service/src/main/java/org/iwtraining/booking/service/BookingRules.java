package org.iwtraining.booking.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Booking;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.Completion;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.SessionPart;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.Waiver;
import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.client.CatalogueUnavailableException;
import org.iwtraining.booking.client.EligibilityCheck;
import org.iwtraining.booking.client.EligibilityResult;

/**
 * The one place that decides whether a person may book a session now, for one pair or for thousands (a
 * cohort): leaver, session closed, already booked, overlapping confirmed place, audience restriction, already
 * trained, prerequisites. Prerequisites are asked of catalogue-service once per distinct question (session
 * module list, audience, completions with the confirmed places that end before the session starts, waivers).
 * Capacity and agency caps are not decided here: they need the session locked (see {@link BookingService}).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = CatalogueUnavailableException.class)
public class BookingRules {

    private static final int IN_LIST_CHUNK = 1000;

    private final CatalogueClient catalogue;
    private final Clock clock;

    public BookingRules(CatalogueClient catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** One verdict per candidate, in the candidates' order. */
    public List<Verdict> check(List<Candidate> candidates) {
        Instant now = clock.instant();
        Facts facts = Facts.load(candidates);
        List<Verdict> verdicts = new ArrayList<>(candidates.size());
        Map<Integer, EligibilityCheck> toAsk = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            Refusal refusal = firstRefusal(candidate, facts, now);
            verdicts.add(refusal == null ? null : Verdict.refused(refusal));
            if (refusal == null) {
                toAsk.put(i, eligibilityCheck(candidate, facts, null));
            }
        }
        List<EligibilityCheck> checks = new ArrayList<>(toAsk.values());
        List<EligibilityResult> answers = checks.isEmpty() ? List.of() : catalogue.eligibility(checks);
        int n = 0;
        for (Integer index : toAsk.keySet()) {
            EligibilityResult answer = answers.get(n++);
            verdicts.set(index, answer.eligible() ? Verdict.BOOKABLE
                    : new Verdict(Refusal.PREREQUISITE_MISSING, answer.missing()));
        }
        return verdicts;
    }

    /** Every nominee against every session: the cohort's question. */
    public Map<Candidate, Verdict> checkAll(Collection<String> personIds, Collection<String> sessionIds) {
        List<Candidate> candidates = new ArrayList<>();
        for (String person : personIds) {
            for (String session : sessionIds) {
                candidates.add(new Candidate(person, session));
            }
        }
        List<Verdict> verdicts = check(candidates);
        Map<Candidate, Verdict> byCandidate = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            byCandidate.put(candidates.get(i), verdicts.get(i));
        }
        return byCandidate;
    }

    /** Whether the person holds a confirmed place on another session at a time overlapping this one's parts. */
    public boolean holdsOverlappingPlace(String personId, TrainingSession session) {
        List<Booking> confirmed = Booking.list("personId = ?1 and status = ?2 and sessionId <> ?3", personId,
                BookingStatus.CONFIRMED, session.id);
        return confirmed.stream().map(b -> TrainingSession.<TrainingSession>findById(b.sessionId))
                .anyMatch(other -> other.status == SessionStatus.SCHEDULED && overlap(session, other));
    }

    /**
     * Of a person's confirmed places, those whose prerequisites no longer hold (an earlier place was cancelled
     * or missed: {@code missedSessionId}, whose place no longer counts). When the catalogue cannot answer,
     * every one of them is reported, to be looked at.
     */
    public Set<String> sessionsAtRisk(String personId, Collection<String> sessionIds, String missedSessionId) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        List<Candidate> candidates = sessionIds.stream().map(s -> new Candidate(personId, s)).toList();
        Facts facts = Facts.load(candidates);
        List<EligibilityCheck> checks = candidates.stream().map(c -> eligibilityCheck(c, facts, missedSessionId)).toList();
        try {
            List<EligibilityResult> answers = catalogue.eligibility(checks);
            Set<String> atRisk = new HashSet<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (!answers.get(i).eligible()) {
                    atRisk.add(candidates.get(i).sessionId());
                }
            }
            return atRisk;
        } catch (CatalogueUnavailableException e) {
            return Set.copyOf(sessionIds);
        }
    }

    private static Refusal firstRefusal(Candidate candidate, Facts facts, Instant now) {
        TrainingSession session = facts.sessions.get(candidate.sessionId());
        Person person = facts.persons.get(candidate.personId());
        if (session == null) {
            return Refusal.UNKNOWN_SESSION;
        }
        if (person == null) {
            return Refusal.UNKNOWN_PERSON;
        }
        if (person.hasLeft()) {
            return Refusal.PERSON_LEFT;
        }
        if (session.isClosed(now)) {
            return Refusal.SESSION_CLOSED;
        }
        List<Booking> live = facts.liveBookings.getOrDefault(person.hrId, List.of());
        if (live.stream().anyMatch(b -> b.sessionId.equals(session.id))) {
            return Refusal.ALREADY_BOOKED;
        }
        boolean overlaps = live.stream()
                .filter(b -> b.status == BookingStatus.CONFIRMED)
                .map(b -> facts.sessions.get(b.sessionId))
                .anyMatch(other -> other.status == SessionStatus.SCHEDULED && overlap(session, other));
        if (overlaps) {
            return Refusal.OVERLAPPING_BOOKING;
        }
        if (session.audience != null && session.audience != person.audience) {
            return Refusal.AUDIENCE_MISMATCH;
        }
        Set<String> completed = facts.completions.getOrDefault(person.hrId, Set.of());
        if (completed.containsAll(session.moduleRefs)) {
            return Refusal.ALREADY_TRAINED;
        }
        return null;
    }

    /** Completions, plus the modules of confirmed places that end before this session starts. */
    private static EligibilityCheck eligibilityCheck(Candidate candidate, Facts facts, String missedSessionId) {
        TrainingSession session = facts.sessions.get(candidate.sessionId());
        Person person = facts.persons.get(candidate.personId());
        Set<String> completed = new HashSet<>(facts.completions.getOrDefault(person.hrId, Set.of()));
        for (Booking booking : facts.liveBookings.getOrDefault(person.hrId, List.of())) {
            TrainingSession earlier = facts.sessions.get(booking.sessionId);
            if (booking.status == BookingStatus.CONFIRMED && !earlier.id.equals(session.id)
                    && !earlier.id.equals(missedSessionId)
                    && earlier.status == SessionStatus.SCHEDULED && !earlier.endsAt.isAfter(session.startsAt)) {
                completed.addAll(earlier.moduleRefs);
            }
        }
        List<String> waived = new ArrayList<>(facts.waivers.getOrDefault(person.hrId, Set.of()));
        return new EligibilityCheck(session.moduleRefs, new ArrayList<>(completed), waived, person.audience.name());
    }

    static boolean overlap(TrainingSession a, TrainingSession b) {
        if (a.id.equals(b.id) || !a.startsAt.isBefore(b.endsAt) || !b.startsAt.isBefore(a.endsAt)) {
            return false;
        }
        for (SessionPart p : a.parts) {
            for (SessionPart q : b.parts) {
                if (p.startsAt.isBefore(q.endsAt) && q.startsAt.isBefore(p.endsAt)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Everything the rules read, loaded with a handful of queries whatever the number of candidates. */
    private record Facts(Map<String, Person> persons, Map<String, TrainingSession> sessions,
            Map<String, List<Booking>> liveBookings, Map<String, Set<String>> completions,
            Map<String, Set<String>> waivers) {

        static Facts load(List<Candidate> candidates) {
            List<String> personIds = candidates.stream().map(Candidate::personId).distinct().toList();
            Set<String> sessionIds = candidates.stream().map(Candidate::sessionId).collect(Collectors.toCollection(HashSet::new));
            Map<String, Person> persons = new HashMap<>();
            List<Booking> live = new ArrayList<>();
            Map<String, Set<String>> completions = new HashMap<>();
            Map<String, Set<String>> waivers = new HashMap<>();
            for (List<String> chunk : chunks(personIds)) {
                Person.<Person>list("hrId in ?1", chunk).forEach(p -> persons.put(p.hrId, p));
                live.addAll(Booking.list("personId in ?1 and status in ?2", chunk,
                        List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED)));
                Completion.<Completion>list("personId in ?1", chunk).forEach(
                        c -> completions.computeIfAbsent(c.personId, k -> new HashSet<>()).add(c.moduleRef));
                Waiver.<Waiver>list("personId in ?1", chunk).forEach(
                        w -> waivers.computeIfAbsent(w.personId, k -> new HashSet<>()).add(w.moduleRef));
            }
            live.forEach(b -> sessionIds.add(b.sessionId));
            Map<String, TrainingSession> sessions = new HashMap<>();
            for (List<String> chunk : chunks(new ArrayList<>(sessionIds))) {
                TrainingSession.<TrainingSession>list("id in ?1", chunk)
                        .forEach(s -> sessions.put(s.id, s));
            }
            Map<String, List<Booking>> liveByPerson = live.stream().collect(Collectors.groupingBy(b -> b.personId));
            return new Facts(persons, sessions, liveByPerson, completions, waivers);
        }

        private static <T> List<List<T>> chunks(List<T> all) {
            List<List<T>> chunks = new ArrayList<>();
            for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
                chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK)));
            }
            return chunks;
        }
    }
}
