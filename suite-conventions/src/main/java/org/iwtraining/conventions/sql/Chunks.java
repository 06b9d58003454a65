package org.iwtraining.conventions.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long list into pieces for {@code in (…)} queries: PostgreSQL's JDBC driver takes at most 32,767 bind
 * parameters a statement, and plans large lists badly long before that.
 */
public final class Chunks {

    /** The size of one {@code in (…)} list. */
    public static final int IN_LIST = 1000;

    private Chunks() {
    }

    public static <T> List<List<T>> of(List<T> all) {
        return of(all, IN_LIST);
    }

    public static <T> List<List<T>> of(List<T> all, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a chunk holds at least one element");
        }
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }
}
