package org.iwtraining.conventions.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import org.iwtraining.conventions.problem.ApiException;

/**
 * {@code limit} (default 50, at most 500) and an opaque {@code cursor}. A cursor is the sort key of the last
 * item of the previous page, base64url-encoded, so pages stay stable while rows are added (keyset paging).
 */
public record PageRequest(int limit, String after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** Validates the query parameters; a bad limit or cursor is a 400 naming it. */
    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isEmpty() ? null : decode(cursor));
    }

    /** The query wants one row more than the limit, to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    /**
     * Cuts the {@link #fetchSize()} rows fetched after {@link #after()} into a page.
     *
     * @param keyOf the sort key of a row, as the next query compares it
     */
    public <E, T> Page<T> page(List<E> fetched, Function<E, String> keyOf, Function<E, T> view) {
        boolean more = fetched.size() > limit;
        List<E> rows = more ? fetched.subList(0, limit) : fetched;
        String next = more ? encode(keyOf.apply(rows.get(rows.size() - 1))) : null;
        return new Page<>(rows.stream().map(view).toList(), next);
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("c1:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            String key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!key.startsWith("c1:")) {
                throw ApiException.invalidField("cursor", "is not a cursor this service issued");
            }
            return key.substring(3);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("cursor", "is not a cursor this service issued");
        }
    }
}
