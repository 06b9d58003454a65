package org.iwtraining.catalogue.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.catalogue.prerequisites.PrerequisiteRules.Answer;

/** The answers in the order of the checks, and the catalogue revision they were computed from. */
public record EligibilityBatchView(List<Result> results, String revision) {

    @Schema(name = "EligibilityResult")
    public record Result(boolean eligible, List<List<String>> missing) {
        static Result from(Answer answer) {
            return new Result(answer.eligible(), answer.missing());
        }
    }
}
