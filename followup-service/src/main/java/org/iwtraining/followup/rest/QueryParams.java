package org.iwtraining.followup.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.iwtraining.conventions.problem.ApiException;

/**
 * Query parameters arrive as strings and are parsed here: JAX-RS answers a parameter it cannot convert
 * with 404, but a malformed date or code is the client's mistake, a 400 naming the parameter.
 */
final class QueryParams {

    private QueryParams() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(name, "must be a date YYYY-MM-DD");
        }
    }

    static Integer integer(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, "must be a whole number");
        }
    }

    static <E extends Enum<E>> E code(String name, String value, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
