package org.iwtraining.booking.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;


import jakarta.enterprise.context.ApplicationScoped;


/**
 * The one way to catalogue-service. Module data and eligibility answers are reference data, cached for a few
 * minutes; what is not cached is fetched through {@link CatalogueCalls} (timeouts, retries, circuit breaker,
 * 404 as "absent", other failures as {@link CatalogueUnavailableException}, 503).
 */
@ApplicationScoped
public class CatalogueClient {

    static final int BATCH_LIMIT = 1000;
    private static final Duration CACHE_TTL = Duration.ofMinutes(5);
    private static final int MAX_CACHED_ANSWERS = 100_000;

    private final CatalogueCalls calls;
    private final Map<String, Cached<Optional<ModuleData>>> modules = new ConcurrentHashMap<>();
    private final Map<EligibilityCheck, Cached<EligibilityResult>> answers = new ConcurrentHashMap<>();

    public CatalogueClient(CatalogueCalls calls) {
        this.calls = calls;
    }

    /** The module, or empty when the catalogue does not know it. */
    public Optional<ModuleData> module(String ref) {
        Cached<Optional<ModuleData>> hit = modules.get(ref);
        if (hit != null && hit.fresh()) {
            return hit.value();
        }
        Optional<ModuleData> found = calls.module(ref);
        found.ifPresent(module -> modules.put(ref, new Cached<>(found)));
        return found;
    }

    /** The course, or empty when the catalogue does not know it. */
    public Optional<CourseData> course(String id) {
        return calls.course(id);
    }

    /** Answers each check, in order, asking only what is not cached, at most {@value #BATCH_LIMIT} per request. */
    public List<EligibilityResult> eligibility(List<EligibilityCheck> checks) {
        Map<EligibilityCheck, EligibilityResult> known = new HashMap<>();
        Set<EligibilityCheck> unknown = new LinkedHashSet<>();
        for (EligibilityCheck check : checks) {
            Cached<EligibilityResult> hit = answers.get(check);
            if (hit != null && hit.fresh()) {
                known.put(check, hit.value());
            } else {
                unknown.add(check);
            }
        }
        List<EligibilityCheck> toAsk = new ArrayList<>(unknown);
        for (int from = 0; from < toAsk.size(); from += BATCH_LIMIT) {
            List<EligibilityCheck> chunk = toAsk.subList(from, Math.min(toAsk.size(), from + BATCH_LIMIT));
            List<EligibilityResult> results = calls.eligibility(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                known.put(chunk.get(i), results.get(i));
            }
        }
        if (answers.size() > MAX_CACHED_ANSWERS) {
            answers.clear();
        }
        toAsk.forEach(check -> answers.put(check, new Cached<>(known.get(check))));
        return checks.stream().map(known::get).toList();
    }

    /** Cache age is measured on the monotonic timer: it is no business rule, and tests move the clock. */
    private record Cached<T>(T value, long atNanos) {
        Cached(T value) {
            this(value, System.nanoTime());
        }

        boolean fresh() {
            return System.nanoTime() - atNanos < CACHE_TTL.toNanos();
        }
    }
}
