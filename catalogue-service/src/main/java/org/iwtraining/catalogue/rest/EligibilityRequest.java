package org.iwtraining.catalogue.rest;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.catalogue.eligibility.EligibilityQuestion;

@Schema(description = "Give either module (one) or modules (an ordered list delivered in one session: earlier ones "
        + "count for later ones). waived lifts the prerequisite of the waivable modules it names (IS05).")
public record EligibilityRequest(
        @Schema(examples = "IW03") String module,
        @Size(max = 100) List<String> modules,
        @Size(max = 200) List<String> completed,
        @Size(max = 200) List<String> waived,
        @Schema(required = true, examples = "PRACTITIONER") String audience) {

    public EligibilityQuestion question() {
        return new EligibilityQuestion(module, modules, completed, waived, audience);
    }
}
