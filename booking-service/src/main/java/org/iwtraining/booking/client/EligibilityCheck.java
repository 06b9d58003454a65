package org.iwtraining.booking.client;

import java.util.List;

/**
 * One question to the catalogue's evaluator: may a person of this audience, with these completions and
 * waivers, take these modules in this order? Lists are kept sorted (except modules, whose order matters) so
 * equal questions are equal records and are asked once.
 */
public record EligibilityCheck(List<String> modules, List<String> completed, List<String> waived, String audience) {

    public EligibilityCheck {
        modules = List.copyOf(modules);
        completed = completed.stream().distinct().sorted().toList();
        waived = waived.stream().distinct().sorted().toList();
    }
}
