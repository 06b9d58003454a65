package org.iwtraining.catalogue.eligibility;

import java.util.List;

/**
 * Is this ordered list of modules (one session) open to a person of {@code audience} who completed
 * {@code completed}, with the prerequisites of {@code waived} lifted? Lists may be null (= empty).
 */
public record EligibilityQuestion(String module, List<String> modules, List<String> completed, List<String> waived,
        String audience) {
}
