package org.iwtraining.conventions.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.iwtraining.conventions.input.FieldMessages;
import org.iwtraining.conventions.input.StrictJson;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.ApiException;

/**
 * Query parameters read as text and parsed here, the same way in every service. JAX-RS answers a value it
 * cannot convert with a bare 404, where the suite promises a 400 naming the parameter. A missing or blank
 * value means the parameter's default ({@code null} here); a malformed one is a 400 problem naming it.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** {@code limit} (a whole number, 1 to {@link PageRequest#MAX_LIMIT}) and the opaque {@code cursor}. */
    public static PageRequest page(String limit, String cursor) {
        return PageRequest.of(integer("limit", limit), text(cursor));
    }

    public static Integer integer(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, "must be a whole number");
        }
    }

    public static Boolean bool(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidField(name, "must be true or false");
        };
    }

    public static LocalDate date(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(name, FieldMessages.forType(LocalDate.class));
        }
        return inRange(name, date);
    }

    /** A time with its offset ({@code 2027-03-01T09:30:00Z}, {@code 2027-03-01T09:30:00+01:00}). */
    public static Instant instant(String name, String value) {
        if (isBlank(value)) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(name, FieldMessages.timeWithOffset());
        }
        return inRange(name, instant);
    }

    /** A date or time the database can keep: the years {@link StrictJson#MIN_YEAR} to {@link StrictJson#MAX_YEAR}, as in JSON bodies. */
    private static <T> T inRange(String name, T value) {
        if (!StrictJson.inRange(value)) {
            throw ApiException.invalidField(name, "must be in the years " + StrictJson.MIN_YEAR + " to " + StrictJson.MAX_YEAR);
        }
        return value;
    }

    public static <E extends Enum<E>> E code(String name, String value, Class<E> type) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(name, FieldMessages.oneOf(type.getEnumConstants()));
        }
    }

    /** Free text: blank is absent, anything else is kept as sent. */
    public static String text(String value) {
        return isBlank(value) ? null : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
