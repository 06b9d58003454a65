package org.iwtraining.catalogue.modules;

import java.util.List;

/** A module as an editor writes it (all of it: a PUT replaces every field). Lists and flags may be null. */
public record ModuleDraft(String ref, String name, String process, String status, String description,
        String intendedAudience, List<String> audiences, List<String> optionalFor, List<String> learningObjectives,
        List<String> content, List<String> deliveryMechanisms, Integer minMinutes, Integer maxMinutes, Integer parts,
        Boolean optionalExtra, String developmentResponsibility, Boolean trainTheTrainer, Boolean keepAudiencesApart,
        List<String> standsInPlaceOf, List<String> standsInPlaceFor, String prerequisite, List<String> recommended,
        Boolean waivable) {
}
