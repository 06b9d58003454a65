package org.iwtraining.booking.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way to catalogue-service: timeouts, retries and a circuit breaker around every call, a 404 read as
 * "absent", any other failure surfaced as {@link CatalogueUnavailableException} (503). Module data and
 * eligibility answers are reference data and are cached for a few minutes.
 */
@ApplicationScoped
public class CatalogueClient {

    static final int BATCH_LIMIT = 1000;
    private static final Duration CACHE_TTL = Duration.ofMinutes(5);
    private static final int MAX_CACHED_ANSWERS = 100_000;

    private final CatalogueApi api;
    private final Map<String, Cached<Optional<ModuleData>>> modules = new ConcurrentHashMap<>();
    private final Map<EligibilityCheck, Cached<EligibilityResult>> answers = new ConcurrentHashMap<>();

    public CatalogueClient(@RestClient CatalogueApi api) {
        this.api = api;
    }

    /** The module, or empty when the catalogue does not know it. */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, abortOn = CatalogueUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Fallback(fallbackMethod = "unavailableModule")
    public Optional<ModuleData> module(String ref) {
        Cached<Optional<ModuleData>> hit = modules.get(ref);
        if (hit != null && hit.fresh()) {
            return hit.value();
        }
        Optional<ModuleData> found = absentOn404(() -> api.module(ref));
        found.ifPresent(module -> modules.put(ref, new Cached<>(found)));
        return found;
    }

    /** The course, or empty when the catalogue does not know it. */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Fallback(fallbackMethod = "unavailableCourse")
    public Optional<CourseData> course(String id) {
        return absentOn404(() -> api.course(id));
    }

    /** Answers each check, in order, asking only what is not cached, at most {@value #BATCH_LIMIT} per request. */
    @Timeout(10000)
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Fallback(fallbackMethod = "unavailableEligibility")
    public List<EligibilityResult> eligibility(List<EligibilityCheck> checks) {
        Map<EligibilityCheck, EligibilityResult> known = new HashMap<>();
        List<EligibilityCheck> toAsk = new ArrayList<>();
        for (EligibilityCheck check : checks) {
            Cached<EligibilityResult> hit = answers.get(check);
            if (hit != null && hit.fresh()) {
                known.put(check, hit.value());
            } else if (!known.containsKey(check) && !toAsk.contains(check)) {
                toAsk.add(check);
            }
        }
        for (int from = 0; from < toAsk.size(); from += BATCH_LIMIT) {
            List<EligibilityCheck> chunk = toAsk.subList(from, Math.min(toAsk.size(), from + BATCH_LIMIT));
            CatalogueApi.EligibilityBatchAnswer answer = api.eligibility(new CatalogueApi.EligibilityBatchRequest(chunk));
            if (answer == null || answer.results() == null || answer.results().size() != chunk.size()) {
                throw new IllegalStateException("catalogue answered " + chunk.size() + " checks with a different count");
            }
            for (int i = 0; i < chunk.size(); i++) {
                known.put(chunk.get(i), answer.results().get(i));
            }
        }
        if (answers.size() > MAX_CACHED_ANSWERS) {
            answers.clear();
        }
        toAsk.forEach(check -> answers.put(check, new Cached<>(known.get(check))));
        return checks.stream().map(known::get).toList();
    }

    Optional<ModuleData> unavailableModule(String ref) {
        throw new CatalogueUnavailableException();
    }

    Optional<CourseData> unavailableCourse(String id) {
        throw new CatalogueUnavailableException();
    }

    List<EligibilityResult> unavailableEligibility(List<EligibilityCheck> checks) {
        throw new CatalogueUnavailableException();
    }

    private static <T> Optional<T> absentOn404(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
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
