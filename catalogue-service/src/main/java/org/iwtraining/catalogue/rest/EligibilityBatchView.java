package org.iwtraining.catalogue.rest;

import java.util.List;

import org.iwtraining.catalogue.service.PrerequisiteRules.Answer;

/** The answers in the order of the checks, and the catalogue revision they were computed from. */
public record EligibilityBatchView(List<Result> results, String revision) {

    public record Result(boolean eligible, List<List<String>> missing) {
        static Result from(Answer answer) {
            return new Result(answer.eligible(), answer.missing());
        }
    }
}
