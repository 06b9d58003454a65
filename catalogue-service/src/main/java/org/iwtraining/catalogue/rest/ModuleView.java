package org.iwtraining.catalogue.rest;

import java.util.List;

import org.iwtraining.catalogue.TrainingModule;

/** A module as callers see it; {@code prerequisite} is canonical expression text or null. */
public record ModuleView(String ref, String name, String process, String status, String description,
        String intendedAudience, List<String> audiences, List<String> optionalFor, List<String> learningObjectives,
        List<String> content, List<String> deliveryMechanisms, Integer minMinutes, Integer maxMinutes, Integer parts,
        boolean optionalExtra, String developmentResponsibility, boolean trainTheTrainer, boolean keepAudiencesApart,
        List<String> standsInPlaceOf, List<String> standsInPlaceFor, String prerequisite, List<String> recommended,
        boolean waivable, long version) {

    public static ModuleView from(TrainingModule m) {
        return new ModuleView(m.ref, m.name, m.process, m.status, m.description, m.intendedAudienceText, m.audiences,
                m.optionalFor, m.learningObjectives, m.content, m.deliveryMechanisms, m.minMinutes, m.maxMinutes,
                m.parts, m.optionalExtra, m.developmentResponsibility, m.trainTheTrainer, m.keepAudiencesApart,
                m.standsInPlaceOf, m.standsInPlaceFor, m.prerequisite, m.recommended, m.waivable, m.version);
    }
}
