package org.iwtraining.booking.client;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.booking.config.BookingConfig;
import org.iwtraining.conventions.sql.Chunks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The one way to catalogue-service. Module data and eligibility answers are reference data, cached (Caffeine,
 * bounded) for the catalogue's current {@code revision}: the caches are emptied when it changes, which is asked
 * at most once per {@code booking.catalogue.revision-check} (30 s); while the catalogue cannot be reached the
 * caches keep answering what they know. What is not cached is fetched through {@link CatalogueCalls}
 * (timeouts, retries, circuit breaker, 404 as "absent", other failures as {@link CatalogueUnavailableException},
 * 503).
 */
@ApplicationScoped
public class CatalogueClient {

    /** The most checks catalogue-service answers in one batch request. */
    static final int BATCH_LIMIT = 1000;
    /** Distinct (module list, profile) questions kept; a cohort of 20,000 people asks far fewer. */
    private static final int MAX_CACHED_ANSWERS = 100_000;
    private static final int MAX_CACHED_MODULES = 10_000;

    private final CatalogueCalls calls;
    private final long revisionCheckNanos;
    /** Only modules the catalogue knows: one it does not know may be added at any time. */
    private final Cache<String, ModuleData> modules = Caffeine.newBuilder().maximumSize(MAX_CACHED_MODULES).build();
    private final Cache<EligibilityCheck, EligibilityResult> answers = Caffeine.newBuilder().maximumSize(MAX_CACHED_ANSWERS)
            .build();
    /** Measured on the monotonic timer: it is no business rule, and tests move the clock. */
    private final AtomicLong nextRevisionCheck = new AtomicLong(System.nanoTime());
    /** The revision the cached entries belong to; null until first known. */
    private volatile String revision;

    public CatalogueClient(CatalogueCalls calls, BookingConfig config) {
        this.calls = calls;
        this.revisionCheckNanos = config.catalogue().revisionCheck().toNanos();
    }

    /** Empties the caches when the catalogue has changed since they were filled; asks at most once per interval. */
    private void dropIfCatalogueChanged() {
        long due = nextRevisionCheck.get();
        long now = System.nanoTime();
        if (now - due < 0 || !nextRevisionCheck.compareAndSet(due, now + revisionCheckNanos)) {
            return;
        }
        calls.revision().ifPresent(current -> {
            if (revision != null && !revision.equals(current)) {
                modules.invalidateAll();
                answers.invalidateAll();
            }
            revision = current;
        });
    }

    /** The module, or empty when the catalogue does not know it. */
    public Optional<ModuleData> module(String ref) {
        dropIfCatalogueChanged();
        ModuleData hit = modules.getIfPresent(ref);
        if (hit != null) {
            return Optional.of(hit);
        }
        Optional<ModuleData> found = calls.module(ref);
        found.ifPresent(module -> modules.put(ref, module));
        return found;
    }

    /** The course, or empty when the catalogue does not know it. */
    public Optional<CourseData> course(String id) {
        return calls.course(id);
    }

    /**
     * The course rules applied to a session's modules by catalogue-service's evaluator ({@code POST /courses/check});
     * not cached: it is asked once per session created or changed.
     */
    public CourseCheck.Answer checkCourse(CourseCheck.Question question) {
        return calls.checkCourse(question);
    }

    /** Answers each check, in order, asking only what is not cached, at most {@value #BATCH_LIMIT} per request. */
    public List<EligibilityResult> eligibility(List<EligibilityCheck> checks) {
        dropIfCatalogueChanged();
        Map<EligibilityCheck, EligibilityResult> known = new HashMap<>(answers.getAllPresent(checks));
        List<EligibilityCheck> toAsk = List.copyOf(new LinkedHashSet<>(
                checks.stream().filter(check -> !known.containsKey(check)).toList()));
        for (List<EligibilityCheck> chunk : Chunks.of(toAsk, BATCH_LIMIT)) {
            List<EligibilityResult> results = calls.eligibility(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                known.put(chunk.get(i), results.get(i));
                answers.put(chunk.get(i), results.get(i));
            }
        }
        return checks.stream().map(known::get).toList();
    }
}
