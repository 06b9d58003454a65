package org.iwtraining.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.iwtraining.conventions.testing.EligibilityExamples;
import org.iwtraining.conventions.testing.EligibilityExamples.Example;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * booking's tests trust {@link FakeEligibility} as they would catalogue-service: it answers the shared table of
 * examples that catalogue-service's real evaluator also answers ({@code EligibilityExamplesTest}), so the two
 * cannot disagree unnoticed. The audience plays no part: nothing stands in for anything in this catalogue.
 */
class FakeEligibilityTest {

    static List<Example> examples() {
        return EligibilityExamples.load().examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void shouldAnswerTheSharedExample(Example example) {
        Map<String, Object> answer = FakeEligibility.evaluate(example.modules(), example.completed(), example.waived());

        assertEquals(Map.of("eligible", example.eligible(), "missing", example.missing()), answer);
    }
}
