package org.iwtraining.console.client;

/** One field a service refused, as its problem's {@code errors[]} names it. */
public record FieldProblem(String field, String message) {
}
