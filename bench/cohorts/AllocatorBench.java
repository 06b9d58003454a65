import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import org.iwtraining.booking.AllocationStrategy;
import org.iwtraining.booking.cohorts.allocation.Allocation;
import org.iwtraining.booking.cohorts.allocation.CandidateSession;
import org.iwtraining.booking.cohorts.allocation.CohortAllocator;
import org.iwtraining.booking.cohorts.allocation.Nominee;

/**
 * Times the allocator alone (no HTTP, no database) on the instance, and compares the mix it
 * reaches with first-come-first-served booking of the same nominees in the same order.
 *
 * Instance: N nominees from 12 agencies (6 sectors) over 250 sessions of 20 seats, five kinds of
 * session (module lists) with different prerequisites, a third of the sessions half full, caps of 8
 * (maxAgencyShare 0.4) except on the earliest tenth whose caps have lifted, and one nominee in ten
 * holding a confirmed place that overlaps two of the candidate sessions.
 *
 * Run: java -cp booking-service/target/classes bench/cohorts/AllocatorBench.java [nominees...]
 */
public class AllocatorBench {

    static final int SESSIONS = 250;
    static final int SEATS = 20;
    static final int AGENCY_CAP = 8;
    static final int MIN_AGENCIES = 3;
    static final int AGENCIES = 12;
    // Share of nominees meeting each session kind's prerequisites (kind 0 is open to everyone).
    static final double[] ELIGIBLE_SHARE = {1.0, 0.7, 0.4, 0.3, 0.2};

    record Instance(List<CandidateSession> sessions, List<Nominee> nominees) {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {500, 5000, 20000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        CohortAllocator allocator = new CohortAllocator();
        Instance warmUp = instance(5000, 7);
        for (int i = 0; i < 5; i++) {
            allocator.allocate(warmUp.sessions, warmUp.nominees, AllocationStrategy.PACK);
            allocator.allocate(warmUp.sessions, warmUp.nominees, AllocationStrategy.SPREAD);
        }
        System.out.println("nominees strategy  median_ms  max_ms  placed  sumOfSquares  sessions>=minAgencies  worstAgencyShare");
        for (int size : sizes) {
            Instance instance = instance(size, 42);
            for (AllocationStrategy strategy : AllocationStrategy.values()) {
                long[] millis = new long[5];
                Allocation allocation = null;
                for (int run = 0; run < millis.length; run++) {
                    long start = System.nanoTime();
                    allocation = allocator.allocate(instance.sessions, instance.nominees, strategy);
                    millis[run] = (System.nanoTime() - start) / 1_000_000;
                }
                Arrays.sort(millis);
                Map<String, String> placed = new HashMap<>();
                allocation.placements().forEach(p -> placed.put(p.personId(), p.sessionId()));
                System.out.printf("%8d %-8s %10d %7d %7d %13d %22s %17s%n", size, strategy, millis[2], millis[4],
                        allocation.objective().placed(), allocation.objective().sumOfSquares(),
                        sessionsMeetingMinAgencies(instance, placed), worstShare(instance, placed));
            }
            Map<String, String> fcfs = firstComeFirstServed(instance);
            System.out.printf("%8d %-8s %10s %7s %7d %13d %22s %17s%n", size, "FCFS", "-", "-", fcfs.size(),
                    sumOfSquares(instance, fcfs), sessionsMeetingMinAgencies(instance, fcfs), worstShare(instance, fcfs));
        }
    }

    static Instance instance(int nomineeCount, long seed) {
        Random random = new Random(seed);
        Instant first = Instant.parse("2027-01-04T09:30:00Z");
        List<CandidateSession> sessions = new ArrayList<>();
        int[] kind = new int[SESSIONS];
        Instant[] starts = new Instant[SESSIONS];
        for (int s = 0; s < SESSIONS; s++) {
            kind[s] = s % ELIGIBLE_SHARE.length;
            starts[s] = first.plus(Duration.ofDays(s / 5)).plus(Duration.ofHours(random.nextInt(2) * 4));
            Map<String, Integer> confirmed = new HashMap<>();
            if (s % 3 == 0) {
                for (int seat = 0; seat < SEATS / 2; seat++) {
                    String agency = agency(random.nextInt(AGENCIES));
                    if (confirmed.getOrDefault(agency, 0) < AGENCY_CAP) {
                        confirmed.merge(agency, 1, Integer::sum);
                    }
                }
            }
            int taken = confirmed.values().stream().mapToInt(Integer::intValue).sum();
            OptionalInt cap = s < SESSIONS / 10 ? OptionalInt.empty() : OptionalInt.of(AGENCY_CAP);
            sessions.add(new CandidateSession("S%04d".formatted(s), starts[s], SEATS - taken, confirmed, cap));
        }
        List<Nominee> nominees = new ArrayList<>();
        for (int n = 0; n < nomineeCount; n++) {
            boolean[] meets = new boolean[ELIGIBLE_SHARE.length];
            for (int k = 0; k < meets.length; k++) {
                meets[k] = random.nextDouble() < ELIGIBLE_SHARE[k];
            }
            Set<Integer> overlapping = new HashSet<>();
            if (random.nextInt(10) == 0) {
                // A confirmed place elsewhere at the time of two sessions that start together.
                int s = random.nextInt(SESSIONS - 1);
                overlapping.add(s);
                overlapping.add(s + 1);
            }
            Set<String> eligible = new HashSet<>();
            for (int s = 0; s < SESSIONS; s++) {
                if (meets[kind[s]] && !overlapping.contains(s)) {
                    eligible.add(sessions.get(s).id());
                }
            }
            // Weighted towards the large agencies, as in a real authority.
            int agency = Math.min(AGENCIES - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 4));
            nominees.add(new Nominee("P%06d".formatted(n), agency(agency), eligible));
        }
        return new Instance(sessions, nominees);
    }

    static String agency(int index) {
        return "AG%02d".formatted(index);
    }

    static String sector(String agency) {
        return "SECTOR" + (Integer.parseInt(agency.substring(2)) % 6);
    }

    /** Each nominee in turn takes the earliest eligible session with a seat and cap room. */
    static Map<String, String> firstComeFirstServed(Instance instance) {
        List<CandidateSession> ordered = instance.sessions.stream()
                .sorted(Comparator.comparing(CandidateSession::startsAt).thenComparing(CandidateSession::id)).toList();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> taken = new HashMap<>();
        Map<String, String> placed = new HashMap<>();
        for (Nominee nominee : instance.nominees) {
            for (CandidateSession session : ordered) {
                if (!nominee.eligibleSessionIds().contains(session.id())
                        || taken.getOrDefault(session.id(), 0) >= session.remainingSeats()) {
                    continue;
                }
                Map<String, Integer> perAgency = counts.computeIfAbsent(session.id(), k -> new HashMap<>());
                int already = session.confirmedByAgency().getOrDefault(nominee.agency(), 0)
                        + perAgency.getOrDefault(nominee.agency(), 0);
                if (session.agencyCap().isPresent() && already >= session.agencyCap().getAsInt()) {
                    continue;
                }
                perAgency.merge(nominee.agency(), 1, Integer::sum);
                taken.merge(session.id(), 1, Integer::sum);
                placed.put(nominee.id(), session.id());
                break;
            }
        }
        return placed;
    }

    static Map<String, Map<String, Integer>> mix(Instance instance, Map<String, String> placed) {
        Map<String, String> agencyOf = new HashMap<>();
        instance.nominees.forEach(n -> agencyOf.put(n.id(), n.agency()));
        Map<String, Map<String, Integer>> mix = new HashMap<>();
        instance.sessions.forEach(s -> mix.put(s.id(), new HashMap<>(s.confirmedByAgency())));
        placed.forEach((person, session) -> mix.get(session).merge(agencyOf.get(person), 1, Integer::sum));
        return mix;
    }

    static long sumOfSquares(Instance instance, Map<String, String> placed) {
        return mix(instance, placed).values().stream()
                .flatMap(m -> m.values().stream()).mapToLong(c -> (long) c * c).sum();
    }

    /** Of the sessions holding anyone, how many have at least minAgencies agencies and two sectors. */
    static String sessionsMeetingMinAgencies(Instance instance, Map<String, String> placed) {
        int used = 0;
        int meeting = 0;
        for (Map<String, Integer> perAgency : mix(instance, placed).values()) {
            if (perAgency.isEmpty()) {
                continue;
            }
            used++;
            long sectors = perAgency.keySet().stream().map(AllocatorBench::sector).distinct().count();
            if (perAgency.size() >= MIN_AGENCIES && sectors >= 2) {
                meeting++;
            }
        }
        return meeting + "/" + used;
    }

    /** The largest share of one agency in one session, over sessions holding anyone. */
    static String worstShare(Instance instance, Map<String, String> placed) {
        double worst = 0;
        for (Map<String, Integer> perAgency : mix(instance, placed).values()) {
            int total = perAgency.values().stream().mapToInt(Integer::intValue).sum();
            for (int count : perAgency.values()) {
                worst = Math.max(worst, (double) count / total);
            }
        }
        return "%.2f".formatted(worst);
    }
}
