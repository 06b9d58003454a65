package org.iwtraining.catalogue.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "missing is empty when eligible; otherwise the smallest sets of modules any one of which "
        + "would open the modules, smallest first, modules in catalogue order. revision is the catalogue revision "
        + "the answer was computed from.")
public record EligibilityView(boolean eligible, List<List<String>> missing, String revision) {
}
