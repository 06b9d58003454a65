package org.iwtraining.booking.cohorts.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.iwtraining.booking.AllocationStrategy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The allocator against brute force: on small random instances every allocation is enumerated and
 * the best one under the strict goal order is compared with the allocator's. Instances are drawn from
 * a seed so that a failure names the instance to replay.
 */
class CohortAllocatorPropertiesTest {

    private static final String[] AGENCIES = {"AG-B", "AG-A", "AG-C"};

    private final CohortAllocator allocator = new CohortAllocator();

    @Property(tries = 1500)
    void packShouldReachTheBruteForceOptimum(@ForAll long seed) {
        shouldReachTheBruteForceOptimum(seed, AllocationStrategy.PACK);
    }

    @Property(tries = 1500)
    void spreadShouldReachTheBruteForceOptimum(@ForAll long seed) {
        shouldReachTheBruteForceOptimum(seed, AllocationStrategy.SPREAD);
    }

    @Property(tries = 300)
    void shouldGiveTheSameAllocationWhateverTheInputOrder(@ForAll long seed, @ForAll boolean pack) {
        Instance instance = Instance.random(new Random(seed));
        AllocationStrategy strategy = pack ? AllocationStrategy.PACK : AllocationStrategy.SPREAD;
        Allocation first = allocator.allocate(instance.sessions, instance.nominees, strategy);

        List<CandidateSession> sessions = new ArrayList<>(instance.sessions);
        List<Nominee> nominees = new ArrayList<>(instance.nominees);
        Collections.shuffle(sessions, new Random(seed + 1));
        Collections.shuffle(nominees, new Random(seed + 2));

        assertEquals(first, allocator.allocate(sessions, nominees, strategy));
    }

    private void shouldReachTheBruteForceOptimum(long seed, AllocationStrategy strategy) {
        Instance instance = Instance.random(new Random(seed));
        Allocation allocation = allocator.allocate(instance.sessions, instance.nominees, strategy);

        Map<String, String> chosen = new HashMap<>();
        allocation.placements().forEach(p -> chosen.put(p.personId(), p.sessionId()));
        assertEquals(allocation.placements().size(), chosen.size(), "a nominee placed twice");
        assertTrue(instance.isValid(chosen), "allocation breaks seats, caps or eligibility: " + allocation);
        Score score = instance.score(chosen, strategy);
        assertEquals(score.placed, allocation.objective().placed());
        assertEquals(score.sumOfSquares, allocation.objective().sumOfSquares());
        assertEquals(instance.nominees.size(), allocation.placements().size() + allocation.unplaced().size());
        allocation.unplaced().forEach(u -> assertEquals(instance.expectedReason(u.personId(), chosen), u.reason()));

        Score best = instance.bruteForceBest(strategy);
        assertEquals(best, score, "seed " + seed + " " + strategy + ": " + instance);
    }

    /** The goals as one comparable value: placed, then (PACK) session counts in order, then −Σ². */
    private record Score(int placed, List<Integer> packCounts, long sumOfSquares) implements Comparable<Score> {
        @Override
        public int compareTo(Score other) {
            if (placed != other.placed) {
                return Integer.compare(placed, other.placed);
            }
            for (int i = 0; i < packCounts.size(); i++) {
                if (!packCounts.get(i).equals(other.packCounts.get(i))) {
                    return Integer.compare(packCounts.get(i), other.packCounts.get(i));
                }
            }
            return Long.compare(other.sumOfSquares, sumOfSquares);
        }
    }

    private record Instance(List<CandidateSession> sessions, List<Nominee> nominees) {

        static Instance random(Random random) {
            int sessionCount = 1 + random.nextInt(3);
            List<CandidateSession> sessions = new ArrayList<>();
            Set<String> sessionIds = new HashSet<>();
            while (sessions.size() < sessionCount) {
                String id = "S" + random.nextInt(10);
                if (!sessionIds.add(id)) {
                    continue;
                }
                Map<String, Integer> confirmed = new HashMap<>();
                for (String agency : AGENCIES) {
                    int count = random.nextInt(4) - 1;
                    if (count > 0) {
                        confirmed.put(agency, count);
                    }
                }
                OptionalInt cap = random.nextInt(3) == 0 ? OptionalInt.empty() : OptionalInt.of(1 + random.nextInt(3));
                sessions.add(new CandidateSession(id, Instant.parse("2027-01-01T09:00:00Z").plusSeconds(
                        3600L * random.nextInt(2)), random.nextInt(5), confirmed, cap));
            }
            int nomineeCount = random.nextInt(8);
            List<Nominee> nominees = new ArrayList<>();
            Set<String> nomineeIds = new HashSet<>();
            while (nominees.size() < nomineeCount) {
                String id = "P" + random.nextInt(100);
                if (!nomineeIds.add(id)) {
                    continue;
                }
                Set<String> eligible = new HashSet<>();
                sessions.forEach(s -> {
                    if (random.nextInt(3) > 0) {
                        eligible.add(s.id());
                    }
                });
                nominees.add(new Nominee(id, AGENCIES[random.nextInt(AGENCIES.length)], eligible));
            }
            return new Instance(sessions, nominees);
        }

        List<CandidateSession> inOrder() {
            return sessions.stream().sorted(Comparator.comparing(CandidateSession::startsAt)
                    .thenComparing(CandidateSession::id)).toList();
        }

        int placedIn(Map<String, String> chosen, String sessionId, String agency) {
            return (int) nominees.stream()
                    .filter(n -> sessionId.equals(chosen.get(n.id())) && (agency == null || agency.equals(n.agency())))
                    .count();
        }

        boolean isValid(Map<String, String> chosen) {
            for (Nominee nominee : nominees) {
                String sessionId = chosen.get(nominee.id());
                if (sessionId != null && !nominee.eligibleSessionIds().contains(sessionId)) {
                    return false;
                }
            }
            for (CandidateSession session : sessions) {
                if (placedIn(chosen, session.id(), null) > session.remainingSeats()) {
                    return false;
                }
                for (String agency : AGENCIES) {
                    int placed = placedIn(chosen, session.id(), agency);
                    if (session.agencyCap().isPresent() && placed > 0
                            && session.confirmed(agency) + placed > session.agencyCap().getAsInt()) {
                        return false;
                    }
                }
            }
            return true;
        }

        Score score(Map<String, String> chosen, AllocationStrategy strategy) {
            List<Integer> counts = new ArrayList<>();
            long squares = 0;
            for (CandidateSession session : inOrder()) {
                counts.add(strategy == AllocationStrategy.PACK ? placedIn(chosen, session.id(), null) : 0);
                for (String agency : AGENCIES) {
                    long count = session.confirmed(agency) + placedIn(chosen, session.id(), agency);
                    squares += count * count;
                }
            }
            return new Score(chosen.size(), counts, squares);
        }

        UnplacedReason expectedReason(String personId, Map<String, String> chosen) {
            Nominee nominee = nominees.stream().filter(n -> n.id().equals(personId)).findFirst().orElseThrow();
            if (nominee.eligibleSessionIds().isEmpty()) {
                return UnplacedReason.NO_ELIGIBLE_SESSION;
            }
            boolean seatLeft = sessions.stream().anyMatch(s -> nominee.eligibleSessionIds().contains(s.id())
                    && placedIn(chosen, s.id(), null) < s.remainingSeats());
            return seatLeft ? UnplacedReason.AGENCY_CAP : UnplacedReason.ELIGIBLE_SESSIONS_FULL;
        }

        Score bruteForceBest(AllocationStrategy strategy) {
            Score[] best = {null};
            enumerate(0, new HashMap<>(), strategy, best);
            return best[0];
        }

        private void enumerate(int index, Map<String, String> chosen, AllocationStrategy strategy, Score[] best) {
            if (index == nominees.size()) {
                if (isValid(chosen)) {
                    Score score = score(chosen, strategy);
                    if (best[0] == null || score.compareTo(best[0]) > 0) {
                        best[0] = score;
                    }
                }
                return;
            }
            Nominee nominee = nominees.get(index);
            enumerate(index + 1, chosen, strategy, best);
            for (String sessionId : nominee.eligibleSessionIds()) {
                chosen.put(nominee.id(), sessionId);
                enumerate(index + 1, chosen, strategy, best);
                chosen.remove(nominee.id());
            }
        }
    }
}
