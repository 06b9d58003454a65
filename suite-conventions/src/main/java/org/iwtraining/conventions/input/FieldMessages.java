package org.iwtraining.conventions.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * What a field's value should have been, in words a client can act on: an enum lists its allowed values, a date
 * or a time shows the expected form. One wording for request bodies, query parameters and import rows alike.
 */
public final class FieldMessages {

    public static final String INSTANT_EXAMPLE = "2027-03-01T09:30:00Z";
    public static final String DATE_EXAMPLE = "2027-03-01";
    public static final String TIME_EXAMPLE = "09:30:00";

    private FieldMessages() {
    }

    /** A value Jackson could not bind to its target type. */
    public static String forMismatch(MismatchedInputException e) {
        if (e instanceof InputRefusedException refused) {
            return refused.fieldMessage();
        }
        return forType(e.getTargetType());
    }

    /** The message for a value that is not of {@code type}. */
    public static String forType(Class<?> type) {
        if (type == null) {
            return "has the wrong type or format";
        }
        if (type.isEnum()) {
            return oneOf(type.getEnumConstants());
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return timeWithOffset();
        }
        if (type == LocalDate.class) {
            return "must be a date, e.g. " + DATE_EXAMPLE;
        }
        if (type == LocalTime.class) {
            return "must be a time of day, e.g. " + TIME_EXAMPLE;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type or format";
    }

    public static String timeWithOffset() {
        return "must be a date and time with its offset, e.g. " + INSTANT_EXAMPLE;
    }

    public static String oneOf(Object[] values) {
        return "must be one of " + Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", "));
    }
}
