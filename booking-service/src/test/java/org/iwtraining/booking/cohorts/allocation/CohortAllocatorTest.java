package org.iwtraining.booking.cohorts.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.iwtraining.booking.AllocationStrategy;
import org.junit.jupiter.api.Test;

class CohortAllocatorTest {

    private static final Instant MONDAY = Instant.parse("2027-03-01T09:30:00Z");

    private final CohortAllocator allocator = new CohortAllocator();

    @Test
    void packShouldFillTwoSessionsWithFortyNomineesAndTenSessionsOfTwenty() {
        List<CandidateSession> sessions = tenSessionsOfTwenty();
        List<Nominee> nominees = fortyNomineesFromFiveAgencies(sessions);

        Allocation allocation = allocator.allocate(sessions, nominees, AllocationStrategy.PACK);

        assertEquals(Map.of("S01", 20, "S02", 20), allocation.placedBySession());
        assertEquals(40, allocation.objective().placed());
        // Each full session holds four of each of the five agencies: the best mix for those counts.
        assertEquals(2 * 5 * 16, allocation.objective().sumOfSquares());
    }

    @Test
    void shouldStopBetweenRoundsWhenTheCallerSaysSo() {
        List<CandidateSession> sessions = tenSessionsOfTwenty();
        List<Nominee> nominees = fortyNomineesFromFiveAgencies(sessions);
        for (AllocationStrategy strategy : AllocationStrategy.values()) {
            assertThrows(CohortAllocator.Stopped.class, () -> allocator.allocate(sessions, nominees, strategy, () -> true));
            assertEquals(40, allocator.allocate(sessions, nominees, strategy, () -> false).objective().placed());
        }
    }

    @Test
    void spreadShouldGiveEachSessionPeopleOfDistinctAgencies() {
        List<CandidateSession> sessions = tenSessionsOfTwenty();
        List<Nominee> nominees = fortyNomineesFromFiveAgencies(sessions);

        Allocation allocation = allocator.allocate(sessions, nominees, AllocationStrategy.SPREAD);

        assertEquals(40, allocation.objective().placed());
        // Σ² = 40 means no session holds two people of one agency: at most five per session.
        assertEquals(40, allocation.objective().sumOfSquares());
        assertTrue(allocation.placedBySession().size() >= 8);
        allocation.placedBySession().values().forEach(count -> assertTrue(count <= 5));
    }

    @Test
    void shouldNotPlaceMoreOfAnAgencyThanItsCapWhileCapsHold() {
        CandidateSession session = new CandidateSession("S1", MONDAY, 20, Map.of("AG-A", 2), OptionalInt.of(8));
        List<Nominee> nominees = sameAgency("AG-A", 10, Set.of("S1"));

        Allocation allocation = allocator.allocate(List.of(session), nominees, AllocationStrategy.PACK);

        assertEquals(6, allocation.objective().placed());
        assertEquals(4, allocation.unplaced().size());
        allocation.unplaced().forEach(u -> assertEquals(UnplacedReason.AGENCY_CAP, u.reason()));
    }

    @Test
    void shouldIgnoreTheCapOnceCapsHaveLifted() {
        CandidateSession session = new CandidateSession("S1", MONDAY, 20, Map.of("AG-A", 2), OptionalInt.empty());
        List<Nominee> nominees = sameAgency("AG-A", 10, Set.of("S1"));

        Allocation allocation = allocator.allocate(List.of(session), nominees, AllocationStrategy.PACK);

        assertEquals(10, allocation.objective().placed());
        assertEquals(12 * 12, allocation.objective().sumOfSquares());
    }

    @Test
    void shouldCountConfirmedPlacesTowardTheMix() {
        CandidateSession crowded = new CandidateSession("S1", MONDAY, 10, Map.of("AG-A", 3), OptionalInt.empty());
        CandidateSession empty = new CandidateSession("S2", MONDAY.plus(Duration.ofDays(1)), 10, Map.of(),
                OptionalInt.empty());
        List<Nominee> nominees = sameAgency("AG-A", 1, Set.of("S1", "S2"));

        Allocation spread = allocator.allocate(List.of(crowded, empty), nominees, AllocationStrategy.SPREAD);
        Allocation pack = allocator.allocate(List.of(crowded, empty), nominees, AllocationStrategy.PACK);

        assertEquals(List.of(new Allocation.Placement("AG-A-00", "S2")), spread.placements());
        assertEquals(9 + 1, spread.objective().sumOfSquares());
        assertEquals(List.of(new Allocation.Placement("AG-A-00", "S1")), pack.placements());
        assertEquals(16, pack.objective().sumOfSquares());
    }

    @Test
    void shouldPlaceTheMostPeopleBeforeImprovingTheMix() {
        // One seat each: the flexible nominee must yield S1 to the one who can only go there.
        CandidateSession first = new CandidateSession("S1", MONDAY, 1, Map.of(), OptionalInt.empty());
        CandidateSession second = new CandidateSession("S2", MONDAY.plusSeconds(60), 1, Map.of("AG-A", 5),
                OptionalInt.empty());
        List<Nominee> nominees = List.of(
                new Nominee("P1", "AG-A", Set.of("S1", "S2")),
                new Nominee("P2", "AG-B", Set.of("S1")));

        Allocation allocation = allocator.allocate(List.of(first, second), nominees, AllocationStrategy.SPREAD);

        assertEquals(List.of(new Allocation.Placement("P2", "S1"), new Allocation.Placement("P1", "S2")),
                allocation.placements());
    }

    @Test
    void shouldGiveTheReasonForEachUnplacedNominee() {
        CandidateSession full = new CandidateSession("S1", MONDAY, 0, Map.of("AG-A", 20), OptionalInt.of(8));
        List<Nominee> nominees = List.of(
                new Nominee("P1", "AG-A", Set.of()),
                new Nominee("P2", "AG-B", Set.of("S1")));

        Allocation allocation = allocator.allocate(List.of(full), nominees, AllocationStrategy.PACK);

        assertEquals(List.of(new Allocation.Unplaced("P1", UnplacedReason.NO_ELIGIBLE_SESSION),
                new Allocation.Unplaced("P2", UnplacedReason.ELIGIBLE_SESSIONS_FULL)), allocation.unplaced());
        assertEquals(400, allocation.objective().sumOfSquares());
    }

    @Test
    void shouldRefuseAnEligibleSessionThatIsNotACandidate() {
        List<Nominee> nominees = List.of(new Nominee("P1", "AG-A", Set.of("S9")));

        assertThrows(IllegalArgumentException.class,
                () -> allocator.allocate(tenSessionsOfTwenty(), nominees, AllocationStrategy.PACK));
    }

    @Test
    void shouldHandOutPeopleByIdIntoSessionsInStartOrder() {
        List<CandidateSession> sessions = List.of(
                new CandidateSession("S-LATE", MONDAY.plusSeconds(3600), 2, Map.of(), OptionalInt.empty()),
                new CandidateSession("S-EARLY", MONDAY, 1, Map.of(), OptionalInt.empty()));
        List<Nominee> nominees = sameAgency("AG-A", 3, Set.of("S-EARLY", "S-LATE"));

        Allocation allocation = allocator.allocate(sessions, nominees, AllocationStrategy.PACK);

        assertEquals(List.of(new Allocation.Placement("AG-A-00", "S-EARLY"),
                new Allocation.Placement("AG-A-01", "S-LATE"),
                new Allocation.Placement("AG-A-02", "S-LATE")), allocation.placements());
    }

    private static List<CandidateSession> tenSessionsOfTwenty() {
        List<CandidateSession> sessions = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            sessions.add(new CandidateSession("S%02d".formatted(i), MONDAY.plus(Duration.ofDays(i)), 20, Map.of(),
                    OptionalInt.of(8)));
        }
        return sessions;
    }

    private static List<Nominee> fortyNomineesFromFiveAgencies(List<CandidateSession> sessions) {
        Set<String> all = sessions.stream().map(CandidateSession::id).collect(Collectors.toSet());
        List<Nominee> nominees = new ArrayList<>();
        for (String agency : List.of("AG-A", "AG-B", "AG-C", "AG-D", "AG-E")) {
            nominees.addAll(sameAgency(agency, 8, all));
        }
        return nominees;
    }

    private static List<Nominee> sameAgency(String agency, int count, Set<String> eligible) {
        List<Nominee> nominees = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nominees.add(new Nominee("%s-%02d".formatted(agency, i), agency, eligible));
        }
        return nominees;
    }
}
