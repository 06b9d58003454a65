package org.iwtraining.catalogue.rest;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.catalogue.Course;

@Schema(description = "entryRequirements is canonical expression text (null when the course needs nothing "
        + "beforehand); violations are the codes of the rules an overrideReason accepted.")
public record CourseView(String id, String title, String process, List<String> audiences, List<String> modules,
        String overrideReason, String entryRequirements, int minMinutes, int maxMinutes,
        List<String> modulesWithoutDuration, List<String> violations, long version, OffsetDateTime createdAt) {

    public static CourseView from(Course c) {
        return new CourseView(c.id, c.title, c.process, c.audiences, c.modules, c.overrideReason, c.entryRequirements,
                c.minMinutes, c.maxMinutes, c.modulesWithoutDuration, c.violations, c.version, c.createdAt);
    }
}
