package org.iwtraining.catalogue.prerequisites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.iwtraining.catalogue.prerequisites.PrerequisiteRules.Answer;
import org.iwtraining.conventions.testing.EligibilityExamples;
import org.iwtraining.conventions.testing.EligibilityExamples.Example;
import org.iwtraining.conventions.testing.EligibilityExamples.Module;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real evaluator answers the shared table of examples that booking-service's stand-in for it also answers
 * ({@code FakeEligibilityTest}): when the two disagree, one of the two tests fails.
 */
class EligibilityExamplesTest {

    private static final EligibilityExamples TABLE = EligibilityExamples.load();

    private static final PrerequisiteRules RULES = new PrerequisiteRules(
            TABLE.catalogue().stream().map(EligibilityExamplesTest::rule).toList());

    /** The table's alternatives written as the catalogue writes a prerequisite, and parsed as it parses one. */
    private static PrerequisiteRules.Rule rule(Module module) {
        String expression = module.prerequisite().stream()
                .map(branch -> "(" + String.join(" AND ", branch) + ")").collect(Collectors.joining(" OR "));
        return new PrerequisiteRules.Rule(module.ref(), expression.isEmpty() ? null : ExpressionParser.parse(expression),
                module.waivable(), List.of(), Set.of());
    }

    static List<Example> examples() {
        return TABLE.examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void shouldAnswerTheSharedExample(Example example) {
        Answer answer = RULES.check(example.modules(), example.completed(), example.waived(), example.audience());

        assertEquals(new Answer(example.eligible(), example.missing()), answer);
    }
}
