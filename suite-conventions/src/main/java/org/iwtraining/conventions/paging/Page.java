package org.iwtraining.conventions.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "next": cursor-or-null}}. */
public record Page<T>(List<T> items, String next) {

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }

    /** The same page with each item mapped, e.g. from entities to views. */
    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), next);
    }
}
