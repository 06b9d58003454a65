package org.iwtraining.conventions.problem;

/** One offending field of a request: a JSON path such as {@code checks[3].modules} and why it was refused. */
public record FieldError(String field, String message) {
}
