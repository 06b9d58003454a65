package org.iwtraining.conventions.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The table of prerequisite questions and answers in {@code eligibility-examples.json}: catalogue-service's real
 * evaluator and booking-service's stand-in for it (its tests' catalogue stub) each answer every example in a test
 * of their own, so the stand-in cannot drift from the evaluator unnoticed. It lives here because both services'
 * tests see this jar and neither may see the other.
 */
public record EligibilityExamples(String about, List<Module> catalogue, List<Example> examples) {

    /**
     * One module of the examples' catalogue, in catalogue order. {@code prerequisite} lists the alternatives, each
     * a set of modules that together meet it (so {@code [["IW02"], ["IS01", "CAF01"]]} is IW02 OR (IS01 AND
     * CAF01)); empty when the module has none.
     */
    public record Module(String ref, List<List<String>> prerequisite, boolean waivable) {
        public Module {
            prerequisite = prerequisite == null ? List.of() : prerequisite;
        }
    }

    /** One question (an ordered list of modules delivered in one session) and its answer. */
    public record Example(String name, List<String> modules, List<String> completed, List<String> waived, String audience,
            boolean eligible, List<List<String>> missing) {
        public Example {
            completed = completed == null ? List.of() : completed;
            waived = waived == null ? List.of() : waived;
            missing = missing == null ? List.of() : missing;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static EligibilityExamples load() {
        try (InputStream in = EligibilityExamples.class.getResourceAsStream("/eligibility-examples.json")) {
            if (in == null) {
                throw new IllegalStateException("eligibility-examples.json is not on the test classpath");
            }
            return new ObjectMapper().readValue(in, EligibilityExamples.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
