package org.iwtraining.booking.cohorts.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.iwtraining.booking.AllocationStrategy;
import org.junit.jupiter.api.Test;

/**
 * Pins the allocator's whole answer on one fixed instance, so a speed-up cannot change who goes where: 1,500
 * nominees of 12 agencies over 60 sessions of 20 seats (some half full, a tenth with caps lifted), eligible sets
 * drawn from a fixed seed and shared by profile as the rules hand them over. The digests are those of the
 * allocator before the cohort speed-ups (commit ad7d2ea); an intended change of the tie-break must update them
 * and say why.
 */
class CohortAllocatorPinnedResultTest {

    private static final Instant MONDAY = Instant.parse("2027-03-01T09:30:00Z");

    private final CohortAllocator allocator = new CohortAllocator();

    @Test
    void packShouldGiveThePinnedPlacements() {
        Allocation allocation = allocator.allocate(sessions(), nominees(), AllocationStrategy.PACK);

        assertEquals(new Allocation.Objective(1000, 2838), allocation.objective());
        assertEquals("9462deff539b6460cc050dc9b7a2ba8c30d4a48abd6d0433d59aac0107ff1b1c", digest(allocation));
    }

    @Test
    void spreadShouldGiveThePinnedPlacements() {
        Allocation allocation = allocator.allocate(sessions(), nominees(), AllocationStrategy.SPREAD);

        assertEquals(new Allocation.Objective(1000, 2838), allocation.objective());
        assertEquals("9462deff539b6460cc050dc9b7a2ba8c30d4a48abd6d0433d59aac0107ff1b1c", digest(allocation));
    }

    private static List<CandidateSession> sessions() {
        Random random = new Random(14);
        List<CandidateSession> sessions = new ArrayList<>();
        for (int s = 0; s < 60; s++) {
            Map<String, Integer> confirmed = new HashMap<>();
            if (s % 3 == 0) {
                for (int k = 0; k < 10; k++) {
                    confirmed.merge(agency(random.nextInt(12)), 1, Integer::sum);
                }
            }
            // Two sessions share each start, so the id breaks the tie of the session order.
            sessions.add(new CandidateSession("S%02d".formatted(59 - s), MONDAY.plus(Duration.ofDays(s / 2)),
                    20 - confirmed.values().stream().mapToInt(Integer::intValue).sum(), confirmed,
                    s < 6 ? OptionalInt.empty() : OptionalInt.of(8)));
        }
        return sessions;
    }

    private static List<Nominee> nominees() {
        Random random = new Random(2027);
        List<Set<String>> profiles = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            Set<String> eligible = new HashSet<>();
            int kind = random.nextInt(5);
            for (int s = 0; s < 60; s++) {
                if (s % 5 == kind || random.nextInt(12) == 0) {
                    eligible.add("S%02d".formatted(s));
                }
            }
            profiles.add(p == 0 ? Set.of() : Set.copyOf(eligible));
        }
        List<Nominee> nominees = new ArrayList<>();
        for (int n = 0; n < 1500; n++) {
            int agency = Math.min(11, (int) Math.floor(Math.abs(random.nextGaussian()) * 4));
            nominees.add(new Nominee("P%05d".formatted((n * 7919) % 1500), agency(agency),
                    profiles.get(random.nextInt(profiles.size()))));
        }
        return nominees;
    }

    private static String agency(int a) {
        return "AG" + a;
    }

    private static String digest(Allocation allocation) {
        StringBuilder all = new StringBuilder();
        allocation.placements().forEach(p -> all.append(p.personId()).append('>').append(p.sessionId()).append('\n'));
        allocation.unplaced().forEach(u -> all.append(u.personId()).append('!').append(u.reason()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
