package org.iwtraining.booking.bookings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iwtraining.booking.Audience;
import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.bookings.BookingFacts.PersonFacts;
import org.iwtraining.booking.bookings.BookingFacts.SessionFacts;
import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.client.EligibilityCheck;
import org.iwtraining.booking.client.EligibilityResult;

/**
 * The memo of the distinct prerequisite questions met while judging, each asked of the catalogue once. A question
 * is (profile, module list); a person's profile only changes with the confirmed places that end before the session
 * starts, so it is computed once per person and set of such places, not once per pair.
 */
final class PrerequisiteQuestions {

    /** One distinct question; its verdict is known once {@link #ask} has run. */
    static final class Question implements Judgement {
        private final EligibilityCheck check;
        private Verdict answer;

        private Question(EligibilityCheck check) {
            this.check = check;
        }

        @Override
        public Verdict verdict() {
            if (answer == null) {
                throw new IllegalStateException("the question was not asked yet");
            }
            return answer;
        }
    }

    /** What a person brings to a prerequisite question, whatever the module list: equal profiles are one. */
    private record Profile(List<String> completed, List<String> waived, String audience) {
        Profile(Collection<String> completed, Collection<String> waived, Audience audience) {
            this(completed.stream().distinct().sorted().toList(), waived.stream().distinct().sorted().toList(),
                    audience.name());
        }
    }

    /** A question is one profile against one module list. */
    private record Key(int profile, int moduleList) {
    }

    private final String missedSessionId;
    private final Map<Profile, Integer> profiles = new HashMap<>();
    private final List<Profile> profileList = new ArrayList<>();
    private final Map<Key, Question> questions = new LinkedHashMap<>();

    /** {@code missedSessionId}: a place that no longer counts as training done (null when none). */
    PrerequisiteQuestions(String missedSessionId) {
        this.missedSessionId = missedSessionId;
    }

    Question question(PersonFacts person, SessionFacts session) {
        int profile = person.profileIds.computeIfAbsent(earlierPlaces(person, session), earlier -> profileId(person, earlier));
        return questions.computeIfAbsent(new Key(profile, session.moduleList()), key -> {
            Profile asked = profileList.get(profile);
            return new Question(new EligibilityCheck(session.moduleRefs(), asked.completed(), asked.waived(), asked.audience()));
        });
    }

    /**
     * Answers every question in one batch of distinct checks; those in {@code known} are not asked again.
     *
     * @return every answer the questions rest on, for a later judgement of the same facts
     */
    Map<EligibilityCheck, EligibilityResult> ask(CatalogueClient catalogue, Map<EligibilityCheck, EligibilityResult> known) {
        List<EligibilityCheck> toAsk = questions.values().stream().map(q -> q.check).filter(c -> !known.containsKey(c)).toList();
        List<EligibilityResult> results = toAsk.isEmpty() ? List.of() : catalogue.eligibility(toAsk);
        Map<EligibilityCheck, EligibilityResult> answers = new HashMap<>();
        for (int i = 0; i < toAsk.size(); i++) {
            answers.put(toAsk.get(i), results.get(i));
        }
        for (Question question : questions.values()) {
            EligibilityResult result = answers.computeIfAbsent(question.check, known::get);
            question.answer = result.eligible() ? Verdict.BOOKABLE : new Verdict(Refusal.PREREQUISITE_MISSING, result.missing());
        }
        return answers;
    }

    /** The confirmed places (scheduled, not this session, not the missed one) that end before it starts. */
    private List<SessionFacts> earlierPlaces(PersonFacts person, SessionFacts session) {
        if (person.confirmed.isEmpty()) {
            return List.of();
        }
        List<SessionFacts> earlier = new ArrayList<>();
        for (SessionFacts place : person.confirmed) {
            if (!place.id().equals(session.id()) && !place.id().equals(missedSessionId)
                    && place.status() == SessionStatus.SCHEDULED && !place.endsAt().isAfter(session.startsAt())) {
                earlier.add(place);
            }
        }
        return earlier;
    }

    /** Completions plus the modules of the earlier places count as done. */
    private int profileId(PersonFacts person, List<SessionFacts> earlier) {
        Set<String> completed = new HashSet<>(person.completed);
        earlier.forEach(place -> completed.addAll(place.moduleRefs()));
        Profile profile = new Profile(completed, person.waived, person.audience);
        return profiles.computeIfAbsent(profile, p -> {
            profileList.add(p);
            return profileList.size() - 1;
        });
    }
}
