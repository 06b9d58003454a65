package org.iwtraining.booking.client;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The calls that do reach catalogue-service, each with a timeout, retries and a circuit breaker. A 404 is
 * "absent"; anything else that fails ends as {@link CatalogueUnavailableException}.
 */
@ApplicationScoped
class CatalogueCalls {

    private final CatalogueApi api;

    CatalogueCalls(@RestClient CatalogueApi api) {
        this.api = api;
    }

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Fallback(fallbackMethod = "unavailableModule")
    Optional<ModuleData> module(String ref) {
        return absentOn404(() -> api.module(ref));
    }

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Fallback(fallbackMethod = "unavailableCourse")
    Optional<CourseData> course(String id) {
        return absentOn404(() -> api.course(id));
    }

    /** The course rules applied to a module list (nothing stored on the catalogue's side). */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Fallback(fallbackMethod = "unavailableCheck")
    CourseCheck.Answer checkCourse(CourseCheck.Question question) {
        CourseCheck.Answer answer = api.checkCourse(question);
        if (answer == null) {
            throw new IllegalStateException("catalogue answered a course check with nothing");
        }
        return answer;
    }

    CourseCheck.Answer unavailableCheck(CourseCheck.Question question) {
        throw new CatalogueUnavailableException();
    }

    /** At most {@link CatalogueClient#BATCH_LIMIT} checks; answers them in order. */
    @Timeout(10000)
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Fallback(fallbackMethod = "unavailableEligibility")
    List<EligibilityResult> eligibility(List<EligibilityCheck> checks) {
        CatalogueApi.EligibilityBatchAnswer answer = api.eligibility(new CatalogueApi.EligibilityBatchRequest(checks));
        if (answer == null || answer.results() == null || answer.results().size() != checks.size()) {
            throw new IllegalStateException("catalogue answered " + checks.size() + " checks with a different count");
        }
        return answer.results();
    }

    /** The catalogue's current revision; empty when it cannot be had, so callers keep what they cached. */
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Fallback(fallbackMethod = "unknownRevision")
    Optional<String> revision() {
        CatalogueApi.Revision answer = api.revision();
        return Optional.ofNullable(answer).map(CatalogueApi.Revision::revision);
    }

    Optional<String> unknownRevision() {
        return Optional.empty();
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
}
