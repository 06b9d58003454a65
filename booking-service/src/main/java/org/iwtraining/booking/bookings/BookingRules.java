package org.iwtraining.booking.bookings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Booking;
import org.iwtraining.booking.BookingStatus;
import org.iwtraining.booking.SessionPart;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingProcess;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.bookings.BookingFacts.PersonFacts;
import org.iwtraining.booking.bookings.BookingFacts.SessionFacts;
import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.client.CatalogueUnavailableException;
import org.iwtraining.booking.client.EligibilityCheck;
import org.iwtraining.booking.client.EligibilityResult;

/**
 * The one judgement of whether a person may book a session now, for one pair or for millions (a cohort):
 * leaver, session closed, already booked, overlapping confirmed place, audience restriction, already trained,
 * prerequisites. Every entry point runs the same {@link #firstRefusal} on {@link BookingFacts}; prerequisites
 * are asked of catalogue-service once per distinct question ({@link PrerequisiteQuestions}), so people who
 * share a profile share the answer.
 * Capacity and agency caps are not decided here: they need the session locked (see {@link BookingService}).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = CatalogueUnavailableException.class)
public class BookingRules {

    /** The profile of every id no person has, in {@link #checkAll}. */
    private static final Object UNKNOWN = new Object();

    private final CatalogueClient catalogue;
    private final EntityManager em;
    private final Clock clock;

    public BookingRules(CatalogueClient catalogue, EntityManager em, Clock clock) {
        this.catalogue = catalogue;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Verdicts, in the candidates' order, with the catalogue answers they rest on.
     *
     * @param answers what the catalogue answered a judgement of the same facts a moment ago: to judge again
     *                under row locks without asking again (only a question the new facts raise is asked)
     * @param facts   what the verdicts were judged on
     */
    public record Verdicts(List<Verdict> verdicts, Map<EligibilityCheck, EligibilityResult> answers, BookingFacts facts) {
    }

    /** One verdict per candidate, in the candidates' order. */
    public List<Verdict> check(List<Candidate> candidates) {
        return judge(candidates, Map.of()).verdicts();
    }

    /** Facts read and judged, the catalogue not yet asked: {@link #answer} asks it. */
    public record Unanswered(List<Judgement> judged, PrerequisiteQuestions questions, BookingFacts facts) {
    }

    /**
     * What a booking reads before it takes row locks, in a transaction of its own that is over before the catalogue
     * is asked ({@link #answer}): nothing it reads stays in the caller's persistence context, which reads the facts
     * again under the locks ({@link #judge} with the answers), and no connection is held while a slow catalogue
     * answers — requests waiting on a hung catalogue do not drain the pool for everyone else.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Unanswered readBeforeLocks(List<Candidate> candidates) {
        return unanswered(candidates, clock.instant());
    }

    /** The verdicts of judged facts, asking the catalogue what {@code known} does not answer. */
    public Verdicts answer(Unanswered judged, Map<EligibilityCheck, EligibilityResult> known) {
        Map<EligibilityCheck, EligibilityResult> answers = judged.questions().ask(catalogue, known);
        return new Verdicts(judged.judged().stream().map(Judgement::verdict).toList(), answers, judged.facts());
    }

    /** {@link #check}, answering from {@code known} the prerequisite questions it holds. */
    public Verdicts judge(List<Candidate> candidates, Map<EligibilityCheck, EligibilityResult> known) {
        return answer(unanswered(candidates, clock.instant()), known);
    }

    private Unanswered unanswered(List<Candidate> candidates, Instant now) {
        BookingFacts facts = BookingFacts.load(em, candidates.stream().map(Candidate::personId).toList(),
                candidates.stream().map(Candidate::sessionId).toList());
        PrerequisiteQuestions questions = new PrerequisiteQuestions(null);
        List<Judgement> judged = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            judged.add(judge(facts.persons().get(candidate.personId()), facts.sessions().get(candidate.sessionId()),
                    now, questions));
        }
        return new Unanswered(judged, questions, facts);
    }

    /**
     * Every person against every session (a cohort's question): the same judgement as {@link #check}, once per
     * profile of equal facts ({@link PersonFacts#rulesProfile}) and session rather than once per pair.
     */
    public VerdictTable checkAll(List<String> personIds, List<String> sessionIds) {
        BookingFacts facts = BookingFacts.load(em, personIds, sessionIds);
        PrerequisiteQuestions questions = new PrerequisiteQuestions(null);
        Instant now = clock.instant();
        List<SessionFacts> sessions = sessionIds.stream().map(facts.sessions()::get).toList();
        Map<Object, Integer> profiles = new HashMap<>();
        List<Judgement[]> rows = new ArrayList<>();
        int[] profileOf = new int[personIds.size()];
        for (int p = 0; p < profileOf.length; p++) {
            PersonFacts person = facts.persons().get(personIds.get(p));
            Object profile = person == null ? UNKNOWN : person.rulesProfile();
            Integer known = profiles.get(profile);
            if (known == null) {
                Judgement[] row = new Judgement[sessions.size()];
                for (int s = 0; s < row.length; s++) {
                    row[s] = judge(person, sessions.get(s), now, questions);
                }
                rows.add(row);
                known = rows.size() - 1;
                profiles.put(profile, known);
            }
            profileOf[p] = known;
        }
        questions.ask(catalogue, Map.of());
        return new VerdictTable(profileOf, rows.toArray(Judgement[][]::new));
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
        BookingFacts facts = BookingFacts.load(em, List.of(personId), sessionIds);
        PersonFacts person = facts.persons().get(personId);
        PrerequisiteQuestions questions = new PrerequisiteQuestions(missedSessionId);
        List<String> sessions = List.copyOf(sessionIds);
        List<PrerequisiteQuestions.Question> asked = sessions.stream()
                .map(s -> questions.question(person, facts.sessions().get(s))).toList();
        try {
            questions.ask(catalogue, Map.of());
        } catch (CatalogueUnavailableException e) {
            return Set.copyOf(sessionIds);
        }
        Set<String> atRisk = new HashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            if (!asked.get(i).verdict().bookable()) {
                atRisk.add(sessions.get(i));
            }
        }
        return atRisk;
    }

    /** The first refusal that holds, or the pair's prerequisite question when none does. */
    private static Judgement judge(PersonFacts person, SessionFacts session, Instant now, PrerequisiteQuestions questions) {
        Verdict refused = firstRefusal(person, session, now);
        return refused == null ? questions.question(person, session) : refused;
    }

    private static Verdict firstRefusal(PersonFacts person, SessionFacts session, Instant now) {
        if (session == null) {
            return Verdict.refused(Refusal.UNKNOWN_SESSION);
        }
        if (person == null) {
            return Verdict.refused(Refusal.UNKNOWN_PERSON);
        }
        if (person.left) {
            return Verdict.refused(Refusal.PERSON_LEFT);
        }
        if (session.status() == SessionStatus.CANCELLED || !now.isBefore(session.startsAt())) {
            return Verdict.refused(Refusal.SESSION_CLOSED);
        }
        if (person.liveSessionIds.contains(session.id())) {
            return Verdict.refused(Refusal.ALREADY_BOOKED);
        }
        for (SessionFacts other : person.confirmed) {
            if (other.status() == SessionStatus.SCHEDULED && overlap(session, other)) {
                return Verdict.refused(Refusal.OVERLAPPING_BOOKING);
            }
        }
        Verdict clash = moduleClash(person, session, now);
        if (clash != null) {
            return clash;
        }
        if (session.audience() != null && session.audience() != person.audience) {
            return Verdict.refused(Refusal.AUDIENCE_MISMATCH);
        }
        if (person.completed.containsAll(session.moduleRefs())) {
            return Verdict.refused(Refusal.ALREADY_TRAINED);
        }
        return null;
    }

    /**
     * A place the person still holds or waits for, on a session not yet over, that delivers one of this session's
     * modules: one of the two places would be wasted. IW01 is left out: the seed opens every course with it.
     */
    private static Verdict moduleClash(PersonFacts person, SessionFacts session, Instant now) {
        for (SessionFacts other : person.live) {
            if (other.status() != SessionStatus.SCHEDULED || !now.isBefore(other.endsAt())) {
                continue;
            }
            for (String module : session.moduleRefs()) {
                if (!TrainingProcess.INTRODUCTION.equals(module) && other.moduleRefs().contains(module)) {
                    return Verdict.alreadyBookedFor(module, other.id());
                }
            }
        }
        return null;
    }

    private static boolean overlap(SessionFacts a, SessionFacts b) {
        if (a.id().equals(b.id()) || !a.startsAt().isBefore(b.endsAt()) || !b.startsAt().isBefore(a.endsAt())) {
            return false;
        }
        for (SessionPart p : a.parts()) {
            for (SessionPart q : b.parts()) {
                if (p.startsAt.isBefore(q.endsAt) && q.startsAt.isBefore(p.endsAt)) {
                    return true;
                }
            }
        }
        return false;
    }
}
