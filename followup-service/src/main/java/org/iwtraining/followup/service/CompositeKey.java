package org.iwtraining.followup.service;

import java.util.function.Function;

import org.iwtraining.conventions.problem.ApiException;

/** A keyset-paging key of two parts, a sort value and the row id, as {@code value|id}. */
record CompositeKey<T>(T value, String id) {

    static String of(Object value, String id) {
        return value + "|" + id;
    }

    /** Reads a key back from a cursor; a key this service did not write is a 400 on the cursor. */
    static <T> CompositeKey<T> parse(String key, Function<String, T> value) {
        String[] parts = key.split("\\|", 2);
        try {
            if (parts.length == 2) {
                return new CompositeKey<>(value.apply(parts[0]), parts[1]);
            }
        } catch (RuntimeException e) {
            // falls through to the refusal below
        }
        throw ApiException.invalidField("cursor", "is not a cursor this service issued");
    }
}
