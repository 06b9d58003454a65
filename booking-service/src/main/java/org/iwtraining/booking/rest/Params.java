package org.iwtraining.booking.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.ApiException;

/**
 * Query parameters read as text and parsed here, so that a bad value is a 400 naming the parameter (a JAX-RS
 * conversion failure would be a bare 404).
 */
final class Params {

    private Params() {
    }

    static PageRequest page(String limit, String cursor) {
        Integer size = null;
        if (limit != null && !limit.isBlank()) {
            try {
                size = Integer.valueOf(limit.strip());
            } catch (NumberFormatException e) {
                throw ApiException.invalidField("limit", "must be a whole number");
            }
        }
        return PageRequest.of(size, cursor);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(field, "is not a known value");
        }
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "must be a date YYYY-MM-DD");
        }
    }

    static Boolean bool(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidField(field, "must be true or false");
        };
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
