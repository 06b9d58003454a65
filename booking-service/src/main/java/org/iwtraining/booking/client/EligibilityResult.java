package org.iwtraining.booking.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The evaluator's answer; {@code missing} lists the smallest module sets that would open the modules. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EligibilityResult(boolean eligible, List<List<String>> missing) {

    public EligibilityResult {
        missing = missing == null ? List.of() : missing;
    }
}
