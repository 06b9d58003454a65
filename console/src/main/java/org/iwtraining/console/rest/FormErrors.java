package org.iwtraining.console.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iwtraining.console.client.FieldProblem;
import org.iwtraining.console.client.ServiceProblem;

/**
 * A form's errors the GOV.UK way: a summary at the top linking to each field ({@code tags/errorSummary}) and the
 * message by the field ({@code tags/fieldError}), in the order of the form. Messages are the console's own where it
 * checks the form, and the service's (its {@code errors[]}, or its detail) where the service refused.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * The refusal of a service put on the form: each of its field errors on the form field named like the request's
     * member ({@code fields} maps the others), a refusal without field errors on {@code fallback}.
     */
    public static FormErrors from(ServiceProblem problem, Map<String, String> fields, String fallback) {
        FormErrors errors = new FormErrors();
        for (FieldProblem field : problem.errors()) {
            String name = field.field() == null ? fallback : fields.getOrDefault(field.field(), fallback);
            errors.add(name, field.message());
        }
        if (!errors.any()) {
            errors.add(fallback, Refusals.inWords(problem));
        }
        return errors;
    }

    /** Adds a message for {@code field}; a second one for the same field joins the first. */
    public FormErrors add(String field, String message) {
        byField.merge(field, message, (first, second) -> first + ". " + second);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String message(String field) {
        return byField.get(field);
    }

    public List<Error> list() {
        List<Error> list = new ArrayList<>();
        byField.forEach((field, message) -> list.add(new Error(field, message)));
        return list;
    }

    public record Error(String field, String message) {
    }
}
