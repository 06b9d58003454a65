package org.iwtraining.e2e;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the fuzzer seeded in one service through its API, by name: a path parameter as {@code /sessions/{id}} (the
 * template up to the parameter), a member or query parameter by its own name ({@code personId}, {@code moduleRefs}
 * for each item). A valid generated request takes most of its ids from here.
 */
final class Pools {

    private final Map<String, List<String>> values = new ConcurrentHashMap<>();

    Pools add(String name, String... found) {
        List<String> pool = values.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>());
        for (String value : found) {
            if (value != null && !pool.contains(value)) {
                pool.add(value);
            }
        }
        return this;
    }

    Pools alias(String name, String source) {
        return add(name, values.getOrDefault(source, List.of()).toArray(String[]::new));
    }

    Optional<String> pick(String name, Random random) {
        List<String> pool = values.get(name);
        return pool == null || pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(random.nextInt(pool.size())));
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}
