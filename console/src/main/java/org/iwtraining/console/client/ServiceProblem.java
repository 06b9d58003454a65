package org.iwtraining.console.client;

import java.util.List;

/**
 * What a service answered instead of doing what was asked: its RFC 9457 problem (status, title, detail, the
 * business {@code code} and the fields it refused). Never shown as it is: the pages put it in plain words.
 */
public record ServiceProblem(int status, String title, String detail, String code, List<FieldProblem> errors) {

    public ServiceProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
