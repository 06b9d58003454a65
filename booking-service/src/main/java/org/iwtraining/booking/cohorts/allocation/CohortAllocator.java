package org.iwtraining.booking.cohorts.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import org.iwtraining.booking.AllocationStrategy;

/**
 * Places a cohort's nominees in candidate sessions, exactly optimising, in strict order:
 * <ol>
 *   <li>the number of nominees placed;</li>
 *   <li>{@code PACK} only: the per-session counts compared lexicographically in session order
 *       (start, then id) — earlier sessions as full as possible;</li>
 *   <li>the agency mix: Σ over sessions and agencies of (confirmed + placed)², smallest.</li>
 * </ol>
 *
 * <p>The network: source → <em>group</em> (nominees of one agency with the same usable sessions;
 * capacity = their number) → <em>(session, agency)</em> (capacity = the agency's room under its cap
 * and the seats; convex cost: the k-th person of agency a in session s costs 2(c + k) − 1 where c is
 * a's confirmed count there, so the total is (c + x)² − c²) → <em>session</em> → sink (capacity = the
 * seats). Any integral flow is a valid allocation and every valid allocation is such a flow, because
 * a person sits in at most one session and people of a group are interchangeable.
 *
 * <p><b>Why goals 1 and 2 are met exactly.</b> For {@code PACK} the session→sink arcs are opened one
 * at a time in session order, each followed by a maximum flow. An augmenting path is a simple path
 * that ends when it reaches the sink, so it never uses a residual sink→session arc: the flow on an
 * arc already opened never decreases. When session k is opened, the maximum flow makes the total
 * over sessions 1..k as large as any allocation allows, with sessions 1..k−1 unchanged; so no
 * allocation that matches the first k−1 counts puts more people into session k. By induction the
 * final counts are the lexicographic maximum over all allocations, and since the last round is a
 * maximum flow of the whole network they also place the most people (the reachable count vectors
 * form a polymatroid — the gammoid argument — whose greedy vector is a maximum base). {@code SPREAD}
 * only needs the maximum total, which the minimum-cost maximum flow below gives.
 *
 * <p><b>Why goal 3 is met exactly.</b> With the sink arcs fixed to the counts of goal 2 ({@code
 * PACK}) or left at the seats ({@code SPREAD}), a minimum-cost maximum flow is computed by successive
 * shortest paths with potentials ({@link ConvexFlowNetwork#minCostMaxFlow}), which is exact for
 * separable convex arc costs; for {@code PACK} a maximum flow saturates every fixed sink arc, so the
 * counts of goal 2 are kept.
 *
 * <p><b>Determinism.</b> Inputs are put in a canonical order (sessions by start then id, nominees by
 * id) before the network is built, so the same input gives the same flow; the flow of a group into
 * its sessions is handed to its members by person id, sessions in start order — the tie-break after
 * goal 3 is by session order and person id.
 */
public final class CohortAllocator {

    private static final int SOURCE = 0;
    private static final int SINK = 1;

    private static final Comparator<CandidateSession> SESSION_ORDER =
            Comparator.comparing(CandidateSession::startsAt).thenComparing(CandidateSession::id);

    /** Thrown when the caller's stop condition holds between two rounds of the flow: no allocation is returned. */
    public static final class Stopped extends RuntimeException {
        Stopped() {
            super("allocation stopped before it was done", null, false, false);
        }
    }

    public Allocation allocate(List<CandidateSession> candidateSessions, List<Nominee> nominees,
                               AllocationStrategy strategy) {
        return allocate(candidateSessions, nominees, strategy, () -> false);
    }

    /**
     * As {@link #allocate(List, List, AllocationStrategy)}, asking {@code stop} between rounds (each session PACK
     * opens, each shortest-path round): when it answers true, {@link Stopped} is thrown.
     */
    public Allocation allocate(List<CandidateSession> candidateSessions, List<Nominee> nominees,
                               AllocationStrategy strategy, BooleanSupplier stop) {
        List<CandidateSession> sessions = candidateSessions.stream().sorted(SESSION_ORDER).toList();
        Map<String, Integer> sessionIndex = indexSessions(sessions);
        List<Nominee> people = nominees.stream().sorted(Comparator.comparing(Nominee::id)).toList();
        requireUniqueIds(people);

        // Nominees of one profile share one eligible set (the rules hand them the same instance): its usable
        // sessions are worked out once per set and agency, not once per nominee.
        Map<Set<String>, Map<String, GroupKey>> keys = new IdentityHashMap<>();
        Map<GroupKey, List<Nominee>> groups = new LinkedHashMap<>();
        for (Nominee nominee : people) {
            GroupKey key = keys.computeIfAbsent(nominee.eligibleSessionIds(), set -> new HashMap<>())
                    .computeIfAbsent(nominee.agency(), agency -> new GroupKey(agency, nominee.eligibleSessionIds().stream()
                            .mapToInt(id -> indexOf(sessionIndex, id))
                            .filter(s -> sessions.get(s).roomFor(agency) > 0)
                            .sorted()
                            .toArray()));
            if (key.sessions().length > 0) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(nominee);
            }
        }

        Network network = new Network(sessions, groups);
        if (strategy == AllocationStrategy.PACK) {
            network.packEarliestSessions(stop);
        } else {
            network.openAllSessions();
        }
        network.flow.minCostMaxFlow(SOURCE, SINK, stop);

        List<Allocation.Placement> placements = network.handOut();
        Set<String> placedIds = new HashSet<>();
        Map<String, Integer> placedBySession = new HashMap<>();
        for (Allocation.Placement placement : placements) {
            placedIds.add(placement.personId());
            placedBySession.merge(placement.sessionId(), 1, Integer::sum);
        }
        List<Allocation.Unplaced> unplaced = new ArrayList<>();
        Map<Set<String>, UnplacedReason> reasons = new IdentityHashMap<>();
        for (Nominee nominee : people) {
            if (!placedIds.contains(nominee.id())) {
                unplaced.add(new Allocation.Unplaced(nominee.id(), reasons.computeIfAbsent(nominee.eligibleSessionIds(),
                        eligible -> reason(eligible, sessions, sessionIndex, placedBySession))));
            }
        }
        return new Allocation(placements, unplaced,
                new Allocation.Objective(placements.size(), sumOfSquares(sessions, people, placements)));
    }

    private static Map<String, Integer> indexSessions(List<CandidateSession> sessions) {
        Map<String, Integer> index = new HashMap<>();
        for (int s = 0; s < sessions.size(); s++) {
            if (index.put(sessions.get(s).id(), s) != null) {
                throw new IllegalArgumentException("duplicate session " + sessions.get(s).id());
            }
        }
        return index;
    }

    private static void requireUniqueIds(List<Nominee> people) {
        for (int i = 1; i < people.size(); i++) {
            if (people.get(i).id().equals(people.get(i - 1).id())) {
                throw new IllegalArgumentException("duplicate nominee " + people.get(i).id());
            }
        }
    }

    private static int indexOf(Map<String, Integer> sessionIndex, String sessionId) {
        Integer s = sessionIndex.get(sessionId);
        if (s == null) {
            throw new IllegalArgumentException("eligible session " + sessionId + " is not a candidate");
        }
        return s;
    }

    /**
     * Read after the allocation: as it is a maximum flow, a session open to an unplaced nominee that
     * still had a seat and cap room would be an augmenting path, so there is none.
     */
    private static UnplacedReason reason(Set<String> eligible, List<CandidateSession> sessions,
                                         Map<String, Integer> sessionIndex, Map<String, Integer> placedBySession) {
        if (eligible.isEmpty()) {
            return UnplacedReason.NO_ELIGIBLE_SESSION;
        }
        for (String id : eligible) {
            CandidateSession session = sessions.get(sessionIndex.get(id));
            if (placedBySession.getOrDefault(id, 0) < session.remainingSeats()) {
                return UnplacedReason.AGENCY_CAP;
            }
        }
        return UnplacedReason.ELIGIBLE_SESSIONS_FULL;
    }

    private static long sumOfSquares(List<CandidateSession> sessions, List<Nominee> people,
                                     List<Allocation.Placement> placements) {
        Map<String, String> agencyOf = new HashMap<>();
        people.forEach(n -> agencyOf.put(n.id(), n.agency()));
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (CandidateSession session : sessions) {
            counts.put(session.id(), new HashMap<>(session.confirmedByAgency()));
        }
        for (Allocation.Placement placement : placements) {
            counts.get(placement.sessionId()).merge(agencyOf.get(placement.personId()), 1, Integer::sum);
        }
        long sum = 0;
        for (Map<String, Integer> perAgency : counts.values()) {
            for (int count : perAgency.values()) {
                sum += (long) count * count;
            }
        }
        return sum;
    }

    /**
     * Nominees of one agency with the same usable sessions, which the flow need not tell apart. The hash is
     * computed once: one key stands for thousands of nominees, each looked up with it.
     */
    private static final class GroupKey {
        private final String agency;
        private final int[] sessions;
        private final int hash;

        GroupKey(String agency, int[] sessions) {
            this.agency = agency;
            this.sessions = sessions;
            this.hash = 31 * agency.hashCode() + Arrays.hashCode(sessions);
        }

        String agency() {
            return agency;
        }

        int[] sessions() {
            return sessions;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof GroupKey key && hash == key.hash && agency.equals(key.agency)
                    && Arrays.equals(sessions, key.sessions);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The flow network of one allocation, with the arcs needed to read the answer back. */
    private static final class Network {
        private final List<CandidateSession> sessions;
        private final List<GroupKey> groupKeys;
        private final List<List<Nominee>> groupMembers;
        private final List<int[]> groupArcs = new ArrayList<>();
        private final int[] sinkArcs;
        private final ConvexFlowNetwork flow;

        Network(List<CandidateSession> sessions, Map<GroupKey, List<Nominee>> groups) {
            this.sessions = sessions;
            this.groupKeys = new ArrayList<>(groups.keySet());
            this.groupMembers = new ArrayList<>(groups.values());
            int groupCount = groupMembers.size();
            int firstSessionNode = 2 + groupCount;

            // (session, agency) nodes, numbered in session order then agency code.
            Map<Integer, TreeSet<String>> agenciesBySession = new TreeMap<>();
            groups.keySet().forEach(key -> {
                for (int s : key.sessions()) {
                    agenciesBySession.computeIfAbsent(s, k -> new TreeSet<>()).add(key.agency());
                }
            });
            Map<String, Integer> pairNode = new HashMap<>();
            int nodeCount = firstSessionNode + sessions.size();
            for (Map.Entry<Integer, TreeSet<String>> entry : agenciesBySession.entrySet()) {
                for (String agency : entry.getValue()) {
                    pairNode.put(pairKey(entry.getKey(), agency), nodeCount++);
                }
            }
            flow = new ConvexFlowNetwork(nodeCount);

            for (int g = 0; g < groupCount; g++) {
                int members = groupMembers.get(g).size();
                String agency = groupKeys.get(g).agency();
                flow.addArc(SOURCE, 2 + g, members, 0, 0);
                int[] usable = groupKeys.get(g).sessions();
                int[] arcs = new int[usable.length];
                for (int i = 0; i < usable.length; i++) {
                    arcs[i] = flow.addArc(2 + g, pairNode.get(pairKey(usable[i], agency)), members, 0, 0);
                }
                groupArcs.add(arcs);
            }
            for (Map.Entry<Integer, TreeSet<String>> entry : agenciesBySession.entrySet()) {
                CandidateSession session = sessions.get(entry.getKey());
                for (String agency : entry.getValue()) {
                    int confirmed = session.confirmed(agency);
                    flow.addArc(pairNode.get(pairKey(entry.getKey(), agency)), firstSessionNode + entry.getKey(),
                            session.roomFor(agency), 2 * confirmed + 1, 2);
                }
            }
            sinkArcs = new int[sessions.size()];
            for (int s = 0; s < sessions.size(); s++) {
                sinkArcs[s] = flow.addArc(firstSessionNode + s, SINK, 0, 0, 0);
            }
        }

        private static String pairKey(int session, String agency) {
            return session + "\u0000" + agency;
        }

        void openAllSessions() {
            for (int s = 0; s < sessions.size(); s++) {
                flow.setCapacity(sinkArcs[s], sessions.get(s).remainingSeats());
            }
        }

        /** Goal 2: open sessions in order, each followed by a maximum flow; then fix those counts. */
        void packEarliestSessions(BooleanSupplier stop) {
            long unplaced = groupMembers.stream().mapToLong(List::size).sum();
            for (int s = 0; s < sessions.size() && unplaced > 0; s++) {
                if (stop.getAsBoolean()) {
                    throw new Stopped();
                }
                unplaced -= flow.openAndFill(SOURCE, SINK, sinkArcs[s], sessions.get(s).remainingSeats());
            }
            int[] counts = Arrays.stream(sinkArcs).map(flow::flow).toArray();
            flow.clearFlow();
            for (int s = 0; s < sessions.size(); s++) {
                flow.setCapacity(sinkArcs[s], counts[s]);
            }
        }

        /** Gives each group's flow to its members by person id, sessions in start order. */
        List<Allocation.Placement> handOut() {
            List<List<Allocation.Placement>> bySession = new ArrayList<>();
            sessions.forEach(s -> bySession.add(new ArrayList<>()));
            for (int g = 0; g < groupMembers.size(); g++) {
                List<Nominee> members = groupMembers.get(g);
                int[] usable = groupKeys.get(g).sessions();
                int[] arcs = groupArcs.get(g);
                int next = 0;
                for (int i = 0; i < usable.length; i++) {
                    for (int k = flow.flow(arcs[i]); k > 0; k--) {
                        bySession.get(usable[i]).add(
                                new Allocation.Placement(members.get(next++).id(), sessions.get(usable[i]).id()));
                    }
                }
            }
            List<Allocation.Placement> placements = new ArrayList<>();
            for (List<Allocation.Placement> list : bySession) {
                list.sort(Comparator.comparing(Allocation.Placement::personId));
                placements.addAll(list);
            }
            return placements;
        }
    }
}
