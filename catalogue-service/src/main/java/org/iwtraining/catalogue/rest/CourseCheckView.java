package org.iwtraining.catalogue.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.catalogue.courses.CourseService.CheckResult;
import org.iwtraining.catalogue.courses.CourseService.Violation;

@Schema(description = "The rules the list breaks (empty when none), what it needs beforehand as canonical "
        + "expression text (absent when nothing), its duration (a module without one counts 0 and is named) and the "
        + "minutes its parts give (absent when no parts were sent).")
public record CourseCheckView(boolean ok, List<ViolationView> violations, String entryRequirements, int minMinutes,
        int maxMinutes, List<String> modulesWithoutDuration, Integer availableMinutes) {

    @Schema(description = "rule: PREREQUISITE_ORDER, IW01_REQUIRED, INTRODUCTION_REQUIRED, COURSE_SEQUENCE or DURATION_EXCEEDS_PARTS")
    public record ViolationView(String rule, String message) {
        static ViolationView from(Violation v) {
            return new ViolationView(v.rule(), v.message());
        }
    }

    public static CourseCheckView from(CheckResult r) {
        return new CourseCheckView(r.violations().isEmpty(), r.violations().stream().map(ViolationView::from).toList(),
                r.entryRequirements(), r.minMinutes(), r.maxMinutes(), r.modulesWithoutDuration(), r.availableMinutes());
    }
}
