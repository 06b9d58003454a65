package org.iwtraining.conventions.paging;

import java.util.List;

/** One page of a list: {@code {"items": [...], "next": cursor-or-null}}. */
public record Page<T>(List<T> items, String next) {

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }
}
