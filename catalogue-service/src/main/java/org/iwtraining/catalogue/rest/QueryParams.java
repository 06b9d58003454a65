package org.iwtraining.catalogue.rest;

import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.ApiException;

/**
 * Query parameters read as text: JAX-RS answers a value it cannot convert with 404, where the suite promises a 400
 * naming the parameter.
 */
final class QueryParams {

    private QueryParams() {
    }

    static PageRequest page(String limit, String cursor) {
        Integer size = null;
        if (limit != null) {
            try {
                size = Integer.valueOf(limit.trim());
            } catch (NumberFormatException e) {
                throw ApiException.invalidField("limit", "must be a whole number between 1 and " + PageRequest.MAX_LIMIT);
            }
        }
        return PageRequest.of(size, cursor);
    }

    static Boolean flag(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiException.invalidField(name, "must be true or false");
        }
        return Boolean.valueOf(value);
    }
}
