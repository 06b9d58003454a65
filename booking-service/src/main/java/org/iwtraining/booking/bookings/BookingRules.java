package org.iwtraining.booking.bookings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Audience;
import org.iwtraining.booking.Booking;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.SessionPart;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.client.CatalogueUnavailableException;
import org.iwtraining.booking.client.EligibilityCheck;
import org.iwtraining.booking.client.EligibilityResult;

/**
 * The one place that decides whether a person may book a session now, for one pair or for millions (a
 * cohort): leaver, session closed, already booked, overlapping confirmed place, audience restriction, already
 * trained, prerequisites. Every entry point runs the same {@link #judge} on facts loaded by a few set-based
 * queries. Prerequisites are asked of catalogue-service once per distinct question: the session's module list
 * and the person's profile (audience, completions with the confirmed places that end before the session
 * starts, waivers), so people who share a profile share the answer.
 * Capacity and agency caps are not decided here: they need the session locked (see {@link BookingService}).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = CatalogueUnavailableException.class)
public class BookingRules {

    private static final int IN_LIST_CHUNK = 1000;
    private static final Refusal[] REFUSALS = Refusal.values();

    private final CatalogueClient catalogue;
    private final EntityManager em;
    private final Clock clock;

    public BookingRules(CatalogueClient catalogue, EntityManager em, Clock clock) {
        this.catalogue = catalogue;
        this.em = em;
        this.clock = clock;
    }

    /** One verdict per candidate, in the candidates' order. */
    public List<Verdict> check(List<Candidate> candidates) {
        Facts facts = Facts.load(em, candidates.stream().map(Candidate::personId).toList(),
                candidates.stream().map(Candidate::sessionId).toList());
        Questions questions = new Questions(null);
        Instant now = clock.instant();
        int[] codes = new int[candidates.size()];
        for (int i = 0; i < codes.length; i++) {
            Candidate candidate = candidates.get(i);
            codes[i] = judge(facts.persons.get(candidate.personId()), facts.sessions.get(candidate.sessionId()),
                    now, questions);
        }
        Verdict[] answers = questions.answers(catalogue);
        List<Verdict> verdicts = new ArrayList<>(codes.length);
        for (int code : codes) {
            verdicts.add(verdictOf(code, answers));
        }
        return verdicts;
    }

    /** Every person against every session (a cohort's question): the same judgement as {@link #check}, per pair. */
    public VerdictTable checkAll(List<String> personIds, List<String> sessionIds) {
        Facts facts = Facts.load(em, personIds, sessionIds);
        Questions questions = new Questions(null);
        Instant now = clock.instant();
        List<SessionFacts> sessions = sessionIds.stream().map(facts.sessions::get).toList();
        int[][] codes = new int[personIds.size()][];
        for (int p = 0; p < codes.length; p++) {
            PersonFacts person = facts.persons.get(personIds.get(p));
            int[] row = new int[sessions.size()];
            for (int s = 0; s < row.length; s++) {
                row[s] = judge(person, sessions.get(s), now, questions);
            }
            codes[p] = row;
        }
        return new VerdictTable(codes, questions.answers(catalogue));
    }

    /** Whether the person holds a confirmed place on another session at a time overlapping this one's parts. */
    public boolean holdsOverlappingPlace(String personId, TrainingSession session) {
        List<Booking> confirmed = Booking.list("personId = ?1 and status = ?2 and sessionId <> ?3", personId,
                BookingStatus.CONFIRMED, session.id);
        return confirmed.stream().map(b -> TrainingSession.<TrainingSession>findById(b.sessionId))
                .anyMatch(other -> other.status == SessionStatus.SCHEDULED
                        && overlap(SessionFacts.of(session, 0), SessionFacts.of(other, 0)));
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
        Facts facts = Facts.load(em, List.of(personId), sessionIds);
        PersonFacts person = facts.persons.get(personId);
        Questions questions = new Questions(missedSessionId);
        List<String> sessions = List.copyOf(sessionIds);
        int[] codes = sessions.stream().mapToInt(s -> questions.question(person, facts.sessions.get(s))).toArray();
        try {
            Verdict[] answers = questions.answers(catalogue);
            Set<String> atRisk = new HashSet<>();
            for (int i = 0; i < codes.length; i++) {
                if (!answers[codes[i]].bookable()) {
                    atRisk.add(sessions.get(i));
                }
            }
            return atRisk;
        } catch (CatalogueUnavailableException e) {
            return Set.copyOf(sessionIds);
        }
    }

    /**
     * The first refusal that holds, as {@code -(ordinal + 1)}, or the index of the pair's prerequisite question
     * in {@code questions} when none does.
     */
    private static int judge(PersonFacts person, SessionFacts session, Instant now, Questions questions) {
        Refusal refusal = firstRefusal(person, session, now);
        return refusal == null ? questions.question(person, session) : -(refusal.ordinal() + 1);
    }

    static Verdict verdictOf(int code, Verdict[] answers) {
        return code >= 0 ? answers[code] : Verdict.refused(REFUSALS[-code - 1]);
    }

    private static Refusal firstRefusal(PersonFacts person, SessionFacts session, Instant now) {
        if (session == null) {
            return Refusal.UNKNOWN_SESSION;
        }
        if (person == null) {
            return Refusal.UNKNOWN_PERSON;
        }
        if (person.left) {
            return Refusal.PERSON_LEFT;
        }
        if (session.status == SessionStatus.CANCELLED || !now.isBefore(session.startsAt)) {
            return Refusal.SESSION_CLOSED;
        }
        if (person.liveSessionIds.contains(session.id)) {
            return Refusal.ALREADY_BOOKED;
        }
        for (SessionFacts other : person.confirmed) {
            if (other.status == SessionStatus.SCHEDULED && overlap(session, other)) {
                return Refusal.OVERLAPPING_BOOKING;
            }
        }
        if (session.audience != null && session.audience != person.audience) {
            return Refusal.AUDIENCE_MISMATCH;
        }
        if (person.completed.containsAll(session.moduleRefs)) {
            return Refusal.ALREADY_TRAINED;
        }
        return null;
    }

    private static boolean overlap(SessionFacts a, SessionFacts b) {
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

    /** What a person brings to a prerequisite question, whatever the module list: equal profiles are one. */
    private record Profile(List<String> completed, List<String> waived, String audience) {
        Profile(Collection<String> completed, Collection<String> waived, Audience audience) {
            this(completed.stream().distinct().sorted().toList(), waived.stream().distinct().sorted().toList(),
                    audience.name());
        }
    }

    /**
     * The distinct prerequisite questions met while judging, each asked of the catalogue once. A question is
     * (profile, module list); a person's profile only changes with the confirmed places that end before the
     * session starts, so it is computed once per person and set of such places, not once per pair.
     */
    private static final class Questions {

        private final String missedSessionId;
        private final Map<Profile, Integer> profiles = new HashMap<>();
        private final List<Profile> profileList = new ArrayList<>();
        private final Map<Long, Integer> indexByKey = new HashMap<>();
        private final List<EligibilityCheck> checks = new ArrayList<>();

        /** {@code missedSessionId}: a place that no longer counts as training done (null when none). */
        Questions(String missedSessionId) {
            this.missedSessionId = missedSessionId;
        }

        int question(PersonFacts person, SessionFacts session) {
            int profile = person.profileIds.computeIfAbsent(earlierPlaces(person, session),
                    earlier -> profileId(person, earlier));
            long key = ((long) profile << 32) | session.moduleList;
            Integer known = indexByKey.get(key);
            if (known != null) {
                return known;
            }
            Profile asked = profileList.get(profile);
            checks.add(new EligibilityCheck(session.moduleRefs, asked.completed, asked.waived, asked.audience));
            indexByKey.put(key, checks.size() - 1);
            return checks.size() - 1;
        }

        /** The confirmed places (scheduled, not this session, not the missed one) that end before it starts. */
        private List<SessionFacts> earlierPlaces(PersonFacts person, SessionFacts session) {
            if (person.confirmed.isEmpty()) {
                return List.of();
            }
            List<SessionFacts> earlier = new ArrayList<>();
            for (SessionFacts place : person.confirmed) {
                if (!place.id.equals(session.id) && !place.id.equals(missedSessionId)
                        && place.status == SessionStatus.SCHEDULED && !place.endsAt.isAfter(session.startsAt)) {
                    earlier.add(place);
                }
            }
            return earlier;
        }

        /** Completions plus the modules of the earlier places count as done. */
        private int profileId(PersonFacts person, List<SessionFacts> earlier) {
            Set<String> completed = new HashSet<>(person.completed);
            earlier.forEach(place -> completed.addAll(place.moduleRefs));
            Profile profile = new Profile(completed, person.waived, person.audience);
            return profiles.computeIfAbsent(profile, p -> {
                profileList.add(p);
                return profileList.size() - 1;
            });
        }

        /** The verdict of each question, by index, from one batch of distinct checks. */
        Verdict[] answers(CatalogueClient catalogue) {
            List<EligibilityResult> results = checks.isEmpty() ? List.of() : catalogue.eligibility(checks);
            Verdict[] answers = new Verdict[results.size()];
            for (int i = 0; i < answers.length; i++) {
                EligibilityResult result = results.get(i);
                answers[i] = result.eligible() ? Verdict.BOOKABLE
                        : new Verdict(Refusal.PREREQUISITE_MISSING, result.missing());
            }
            return answers;
        }
    }

    /**
     * A session as the rules read it; {@code moduleList} numbers the distinct module lists of one load. Equal by
     * identity: one load holds one instance per session, and the per-person caches key on lists of them.
     */
    private record SessionFacts(String id, SessionStatus status, Instant startsAt, Instant endsAt,
            Audience audience, List<String> moduleRefs, List<SessionPart> parts, int moduleList) {

        static SessionFacts of(TrainingSession session, int moduleList) {
            return new SessionFacts(session.id, session.status, session.startsAt, session.endsAt, session.audience,
                    List.copyOf(session.moduleRefs), List.copyOf(session.parts), moduleList);
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /**
     * A person as the rules read it: live places (confirmed or waiting), the sessions of the confirmed ones,
     * completions, waivers, and the profiles already numbered for sets of earlier places.
     */
    private static final class PersonFacts {
        final Audience audience;
        final boolean left;
        final Set<String> liveSessionIds = new HashSet<>();
        final List<SessionFacts> confirmed = new ArrayList<>();
        final Set<String> completed = new HashSet<>();
        final Set<String> waived = new HashSet<>();
        final Map<List<SessionFacts>, Integer> profileIds = new HashMap<>();

        PersonFacts(Audience audience, boolean left) {
            this.audience = audience;
            this.left = left;
        }
    }

    /**
     * Everything the rules read, by a handful of set-based queries whatever the number of pairs. People and
     * their places are read as plain rows, not entities, so the persistence context (dirty-checked before
     * every query) stays the size of the sessions involved.
     */
    private record Facts(Map<String, PersonFacts> persons, Map<String, SessionFacts> sessions) {

        static Facts load(EntityManager em, Collection<String> personIdsGiven, Collection<String> sessionIdsGiven) {
            List<String> personIds = List.copyOf(new LinkedHashSet<>(personIdsGiven));
            Set<String> sessionIds = new HashSet<>(sessionIdsGiven);
            Map<String, PersonFacts> persons = new HashMap<>();
            List<Object[]> confirmedPlaces = new ArrayList<>();
            for (List<String> chunk : chunks(personIds)) {
                rows(em, "select p.hrId, p.audience, p.leftAt from Person p where p.hrId in ?1", chunk)
                        .forEach(r -> persons.put((String) r[0], new PersonFacts((Audience) r[1], r[2] != null)));
                for (Object[] r : rows(em, "select b.personId, b.sessionId, b.status from Booking b "
                        + "where b.personId in ?1 and b.status in ?2", chunk,
                        List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED))) {
                    PersonFacts person = persons.get((String) r[0]);
                    if (person != null) {
                        person.liveSessionIds.add((String) r[1]);
                        sessionIds.add((String) r[1]);
                        if (r[2] == BookingStatus.CONFIRMED) {
                            confirmedPlaces.add(r);
                        }
                    }
                }
                rows(em, "select c.personId, c.moduleRef from Completion c where c.personId in ?1", chunk)
                        .forEach(r -> with(persons, r, person -> person.completed.add((String) r[1])));
                rows(em, "select w.personId, w.moduleRef from Waiver w where w.personId in ?1", chunk)
                        .forEach(r -> with(persons, r, person -> person.waived.add((String) r[1])));
            }
            Map<String, SessionFacts> sessions = new HashMap<>();
            Map<List<String>, Integer> moduleLists = new HashMap<>();
            for (List<String> chunk : chunks(new ArrayList<>(sessionIds))) {
                for (TrainingSession session : TrainingSession.<TrainingSession>list("id in ?1", chunk)) {
                    int moduleList = moduleLists.computeIfAbsent(List.copyOf(session.moduleRefs), l -> moduleLists.size());
                    sessions.put(session.id, SessionFacts.of(session, moduleList));
                }
            }
            confirmedPlaces.forEach(r -> persons.get((String) r[0]).confirmed.add(sessions.get((String) r[1])));
            return new Facts(persons, sessions);
        }

        private static void with(Map<String, PersonFacts> persons, Object[] row,
                Consumer<PersonFacts> action) {
            PersonFacts person = persons.get((String) row[0]);
            if (person != null) {
                action.accept(person);
            }
        }

        private static List<Object[]> rows(EntityManager em, String query, Object... parameters) {
            var typed = em.createQuery(query, Object[].class);
            for (int i = 0; i < parameters.length; i++) {
                typed.setParameter(i + 1, parameters[i]);
            }
            return typed.getResultList();
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
