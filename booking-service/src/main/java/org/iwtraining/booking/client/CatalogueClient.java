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
import java.util.concurrent.atomic.AtomicLong;


import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;


/**
 * The one way to catalogue-service. Module data and eligibility answers are reference data, cached until the
 * catalogue's {@code revision} changes, which is asked at most once per {@code booking.catalogue.revision-check}
 * (30 s); while the catalogue cannot be reached the cache keeps answering what it knows. What is not cached is
 * fetched through {@link CatalogueCalls} (timeouts, retries, circuit breaker, 404 as "absent", other failures
 * as {@link CatalogueUnavailableException}, 503).
 */
@ApplicationScoped
public class CatalogueClient {

    static final int BATCH_LIMIT = 1000;
    private static final int MAX_CACHED_ANSWERS = 100_000;

    private final CatalogueCalls calls;
    private final long revisionCheckNanos;
    private final Map<String, Optional<ModuleData>> modules = new ConcurrentHashMap<>();
    private final Map<EligibilityCheck, EligibilityResult> answers = new ConcurrentHashMap<>();
    /** Measured on the monotonic timer: it is no business rule, and tests move the clock. */
    private final AtomicLong nextRevisionCheck = new AtomicLong(System.nanoTime());
    private volatile String revision;

    public CatalogueClient(CatalogueCalls calls,
            @ConfigProperty(name = "booking.catalogue.revision-check", defaultValue = "30s") Duration revisionCheck) {
        this.calls = calls;
        this.revisionCheckNanos = revisionCheck.toNanos();
    }

    /** Drops the cache when the catalogue has changed since it was filled; asks at most once per interval. */
    private void dropIfCatalogueChanged() {
        long due = nextRevisionCheck.get();
        long now = System.nanoTime();
        if (now - due < 0 || !nextRevisionCheck.compareAndSet(due, now + revisionCheckNanos)) {
            return;
        }
        calls.revision().ifPresent(current -> {
            if (revision != null && !revision.equals(current)) {
                modules.clear();
                answers.clear();
            }
            revision = current;
        });
    }

    /** The module, or empty when the catalogue does not know it. */
    public Optional<ModuleData> module(String ref) {
        dropIfCatalogueChanged();
        Optional<ModuleData> hit = modules.get(ref);
        if (hit != null) {
            return hit;
        }
        Optional<ModuleData> found = calls.module(ref);
        found.ifPresent(module -> modules.put(ref, found));
        return found;
    }

    /** The course, or empty when the catalogue does not know it. */
    public Optional<CourseData> course(String id) {
        return calls.course(id);
    }

    /** Answers each check, in order, asking only what is not cached, at most {@value #BATCH_LIMIT} per request. */
    public List<EligibilityResult> eligibility(List<EligibilityCheck> checks) {
        dropIfCatalogueChanged();
        Map<EligibilityCheck, EligibilityResult> known = new HashMap<>();
        Set<EligibilityCheck> unknown = new LinkedHashSet<>();
        for (EligibilityCheck check : checks) {
            EligibilityResult hit = answers.get(check);
            if (hit != null) {
                known.put(check, hit);
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
        toAsk.forEach(check -> answers.put(check, known.get(check)));
        return checks.stream().map(known::get).toList();
    }
}
