package org.iwtraining.booking.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The question booking-service asks catalogue-service's {@code POST /courses/check}, and its answer: the course
 * rules applied to a session's modules by the catalogue's one evaluator.
 */
public final class CourseCheck {

    private CourseCheck() {
    }

    public record Question(List<String> modules, boolean wholeCourse, String process, List<String> audiences,
            String courseId, List<Integer> partMinutes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(boolean ok, List<Violation> violations, String entryRequirements, int minMinutes, int maxMinutes,
            List<String> modulesWithoutDuration, Integer availableMinutes) {

        public List<Violation> violations() {
            return violations == null ? List.of() : violations;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Violation(String rule, String message) {
    }
}
