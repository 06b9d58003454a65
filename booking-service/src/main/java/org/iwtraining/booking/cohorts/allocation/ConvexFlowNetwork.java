package org.iwtraining.booking.cohorts.allocation;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * A flow network whose arcs have a separable convex cost: the unit number {@code k} (from 0) sent
 * through an arc costs {@code base + slope * k}. With {@code slope = 0} that is an ordinary linear
 * arc; with {@code base = 2c + 1, slope = 2} the arc's total cost for {@code x} units is
 * {@code (c + x)² − c²}, which is how squared agency counts enter the allocation.
 *
 * <p>A convex arc stands for a chain of parallel unit arcs of increasing cost. Its residual network
 * offers only the next unit forward (the cheapest unused one) and only the last unit backward (the
 * dearest used one): every other unit arc of the chain is dominated by these two, so shortest paths
 * and negative cycles are the same as in the expanded network, and the algorithms below stay exact.
 *
 * <p>Arcs are stored in pairs: even index = forward, odd index = its residual reverse.
 */
final class ConvexFlowNetwork {

    private static final long UNREACHED = Long.MAX_VALUE;

    private final int nodeCount;
    private final int[] firstArc;
    private int[] arcHead = new int[64];
    private int[] nextArc = new int[64];
    private int[] capacity = new int[32];
    private int[] flow = new int[32];
    private int[] baseCost = new int[32];
    private int[] costSlope = new int[32];
    private int arcCount;

    private final int[] level;
    private final int[] currentArc;
    private final long[] potential;
    private final long[] distance;
    private final int[] visited;
    // Work arrays of the searches, allocated once: PACK runs one search per session and Dinic one per phase.
    private final int[] queue;
    private final int[] towardTarget;
    private final int[] path;
    /** Nodes {@link #openAndFill} proved unreachable from the source; they stay so (see there). */
    private final boolean[] cutOff;
    /** For each node, its arc from the source or −1; built by the first {@link #openAndFill}. */
    private int[] fromSource;
    private int searchStamp;

    ConvexFlowNetwork(int nodeCount) {
        this.nodeCount = nodeCount;
        this.firstArc = new int[nodeCount];
        Arrays.fill(firstArc, -1);
        this.level = new int[nodeCount];
        this.currentArc = new int[nodeCount];
        this.potential = new long[nodeCount];
        this.distance = new long[nodeCount];
        this.visited = new int[nodeCount];
        this.queue = new int[nodeCount];
        this.towardTarget = new int[nodeCount];
        this.path = new int[nodeCount];
        this.cutOff = new boolean[nodeCount];
    }

    /** Adds an arc and returns its index, used to read its flow or change its capacity. */
    int addArc(int from, int to, int cap, int base, int slope) {
        int pair = arcCount / 2;
        if (arcCount + 2 > arcHead.length) {
            arcHead = Arrays.copyOf(arcHead, arcHead.length * 2);
            nextArc = Arrays.copyOf(nextArc, nextArc.length * 2);
            capacity = Arrays.copyOf(capacity, capacity.length * 2);
            flow = Arrays.copyOf(flow, flow.length * 2);
            baseCost = Arrays.copyOf(baseCost, baseCost.length * 2);
            costSlope = Arrays.copyOf(costSlope, costSlope.length * 2);
        }
        capacity[pair] = cap;
        baseCost[pair] = base;
        costSlope[pair] = slope;
        link(arcCount, from, to);
        link(arcCount + 1, to, from);
        arcCount += 2;
        return arcCount - 2;
    }

    private void link(int arc, int from, int to) {
        arcHead[arc] = to;
        nextArc[arc] = firstArc[from];
        firstArc[from] = arc;
    }

    int flow(int arc) {
        return flow[arc >> 1];
    }

    void setCapacity(int arc, int cap) {
        capacity[arc >> 1] = cap;
    }

    void clearFlow() {
        Arrays.fill(flow, 0);
        Arrays.fill(potential, 0);
        Arrays.fill(cutOff, false);
    }

    private int residual(int arc) {
        int pair = arc >> 1;
        return (arc & 1) == 0 ? capacity[pair] - flow[pair] : flow[pair];
    }

    private long cost(int arc) {
        int pair = arc >> 1;
        return (arc & 1) == 0
                ? baseCost[pair] + (long) costSlope[pair] * flow[pair]
                : -(baseCost[pair] + (long) costSlope[pair] * (flow[pair] - 1));
    }

    private int tail(int arc) {
        return arcHead[arc ^ 1];
    }

    private long reducedCost(int arc) {
        return cost(arc) + potential[tail(arc)] - potential[arcHead[arc]];
    }

    /** What may still be sent along an arc at its current reduced cost of zero. */
    private int admissibleRoom(int arc) {
        int r = residual(arc);
        if (r == 0 || reducedCost(arc) != 0) {
            return 0;
        }
        // A convex arc keeps its price for one unit only; the next one costs more.
        return costSlope[arc >> 1] == 0 ? r : 1;
    }

    private void push(int arc, int amount) {
        flow[arc >> 1] += (arc & 1) == 0 ? amount : -amount;
    }

    /**
     * Opens {@code sinkArc} (a session→sink arc) to {@code cap} and adds the most flow possible
     * through it, ignoring costs, when the flow is already maximum for the arcs opened before. Every
     * new augmenting path must then end with this arc, and a simple path never passes through the
     * sink, so each path is a residual path from the source to the arc's tail that avoids the sink:
     * they are found by breadth-first search backwards from that tail (cheap: the search stops at the
     * first group with someone unplaced) and the flow on the other sink arcs is left as it was.
     *
     * <p>A search that fails has visited only nodes the source cannot reach (each of them reaches the target),
     * and no later call makes them reachable again: leaving the sink aside, an augmentation only adds residual
     * arcs between nodes of its path, all reachable already, and only sink arcs change capacity. So they are cut
     * off for the rest of the calls, and the searches of the later sessions skip them: without it, every session
     * that cannot be filled any more searches the whole network again (20,000 nominees × 1,000 sessions). A node
     * discovered from a cut-off node is cut off itself, so the live nodes are found in the same order and the same
     * paths are taken.
     *
     * <p>The search stops as soon as it discovers a node with room on its arc from the source (a group with
     * someone unplaced), rather than when it expands that node and meets the arc among the node's hundreds of
     * others: the node discovered first is the one whose expansion would have found the source first, so the path
     * is the same.
     */
    long openAndFill(int source, int sink, int sinkArc, int cap) {
        setCapacity(sinkArc, cap);
        if (fromSource == null) {
            fromSource = new int[nodeCount];
            Arrays.fill(fromSource, -1);
            for (int arc = firstArc[source]; arc >= 0; arc = nextArc[arc]) {
                if ((arc & 1) == 0) {
                    fromSource[arcHead[arc]] = arc;
                }
            }
        }
        int target = tail(sinkArc);
        long total = 0;
        while (residual(sinkArc) > 0 && !cutOff[target]) {
            searchStamp++;
            visited[target] = searchStamp;
            visited[sink] = searchStamp;
            int head = 0;
            int end = 0;
            queue[end++] = target;
            boolean found = false;
            while (head < end && !found) {
                int v = queue[head++];
                for (int arc = firstArc[v]; arc >= 0; arc = nextArc[arc]) {
                    int into = arc ^ 1;
                    int u = arcHead[arc];
                    if (visited[u] == searchStamp || cutOff[u] || residual(into) == 0) {
                        continue;
                    }
                    visited[u] = searchStamp;
                    towardTarget[u] = into;
                    if (u == source) {
                        found = true;
                        break;
                    }
                    int first = fromSource[u];
                    if (first >= 0 && residual(first) > 0) {
                        towardTarget[source] = first;
                        found = true;
                        break;
                    }
                    queue[end++] = u;
                }
            }
            if (!found) {
                for (int i = 0; i < end; i++) {
                    cutOff[queue[i]] = true;
                }
                break;
            }
            int amount = residual(sinkArc);
            for (int u = source; u != target; u = arcHead[towardTarget[u]]) {
                amount = Math.min(amount, residual(towardTarget[u]));
            }
            for (int u = source; u != target; u = arcHead[towardTarget[u]]) {
                push(towardTarget[u], amount);
            }
            push(sinkArc, amount);
            total += amount;
        }
        return total;
    }

    /**
     * Sends as much flow as possible from source to sink at minimum total cost, starting from zero flow
     * (successive shortest paths, primal–dual form). Invariant: a potential with no negative reduced
     * cost on any residual arc, so the current flow is a cheapest one of its value. Each round runs
     * Dijkstra on reduced costs (all initial costs are non-negative, so zero potentials start it), then
     * saturates every path of zero reduced cost with Dinic restricted to those arcs. Sending flow on
     * zero-reduced-cost arcs leaves every residual reduced cost non-negative (a reversed arc gets 0, the
     * next unit of a convex arc gets its slope), so the invariant holds to the end, when no augmenting
     * path is left: the flow is then maximum and, having no negative residual cycle, of minimum cost.
     * {@code stop} is asked before each round; when it answers true, {@link CohortAllocator.Stopped} is thrown.
     */
    long minCostMaxFlow(int source, int sink, BooleanSupplier stop) {
        long total = 0;
        while (shortestPaths(source, sink)) {
            if (stop.getAsBoolean()) {
                throw new CohortAllocator.Stopped();
            }
            while (buildLevels(source, sink)) {
                total += blockingFlow(source, sink);
            }
        }
        return total;
    }

    /**
     * Dijkstra on reduced costs, stopped when the sink is settled; potentials then move by
     * min(distance, distance to sink), which keeps every residual reduced cost non-negative.
     */
    private boolean shortestPaths(int source, int sink) {
        Arrays.fill(distance, UNREACHED);
        LongHeap heap = new LongHeap(nodeCount);
        distance[source] = 0;
        heap.add(0, source);
        long sinkDistance = UNREACHED;
        while (!heap.isEmpty()) {
            long d = heap.peekKey();
            int u = heap.poll();
            if (d > distance[u]) {
                continue;
            }
            if (u == sink) {
                sinkDistance = d;
                break;
            }
            for (int arc = firstArc[u]; arc >= 0; arc = nextArc[arc]) {
                if (residual(arc) == 0) {
                    continue;
                }
                int v = arcHead[arc];
                long candidate = d + reducedCost(arc);
                if (candidate < distance[v]) {
                    distance[v] = candidate;
                    heap.add(candidate, v);
                }
            }
        }
        if (sinkDistance == UNREACHED) {
            return false;
        }
        for (int v = 0; v < nodeCount; v++) {
            potential[v] += Math.min(distance[v], sinkDistance);
        }
        return true;
    }

    private boolean buildLevels(int source, int sink) {
        Arrays.fill(level, -1);
        int head = 0;
        int tailIndex = 0;
        queue[tailIndex++] = source;
        level[source] = 0;
        while (head < tailIndex) {
            int u = queue[head++];
            for (int arc = firstArc[u]; arc >= 0; arc = nextArc[arc]) {
                int v = arcHead[arc];
                if (level[v] < 0 && admissibleRoom(arc) > 0) {
                    level[v] = level[u] + 1;
                    queue[tailIndex++] = v;
                }
            }
        }
        return level[sink] >= 0;
    }

    /** One Dinic phase on the arcs of zero reduced cost: paths along increasing levels, current-arc pointers. */
    private long blockingFlow(int source, int sink) {
        System.arraycopy(firstArc, 0, currentArc, 0, nodeCount);
        long total = 0;
        int depth = 0;
        int u = source;
        while (true) {
            if (u == sink) {
                int amount = Integer.MAX_VALUE;
                for (int i = 0; i < depth; i++) {
                    amount = Math.min(amount, admissibleRoom(path[i]));
                }
                for (int i = 0; i < depth; i++) {
                    push(path[i], amount);
                }
                total += amount;
                depth = 0;
                u = source;
                continue;
            }
            int arc = currentArc[u];
            while (arc >= 0 && (level[arcHead[arc]] != level[u] + 1 || admissibleRoom(arc) == 0)) {
                arc = nextArc[arc];
            }
            currentArc[u] = arc;
            if (arc >= 0) {
                path[depth++] = arc;
                u = arcHead[arc];
            } else {
                // Dead end: no path to the sink leaves u at this level any more.
                level[u] = -1;
                if (depth == 0) {
                    return total;
                }
                u = tail(path[--depth]);
            }
        }
    }

    /** A binary min-heap of (key, node) pairs, with stale entries skipped by the caller. */
    private static final class LongHeap {
        private long[] keys;
        private int[] nodes;
        private int size;

        LongHeap(int initial) {
            keys = new long[Math.max(16, initial)];
            nodes = new int[keys.length];
        }

        boolean isEmpty() {
            return size == 0;
        }

        long peekKey() {
            return keys[0];
        }

        void add(long key, int node) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                nodes = Arrays.copyOf(nodes, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                nodes[i] = nodes[parent];
                i = parent;
            }
            keys[i] = key;
            nodes[i] = node;
        }

        int poll() {
            int top = nodes[0];
            size--;
            long key = keys[size];
            int node = nodes[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                nodes[i] = nodes[child];
                i = child;
            }
            keys[i] = key;
            nodes[i] = node;
            return top;
        }
    }
}
