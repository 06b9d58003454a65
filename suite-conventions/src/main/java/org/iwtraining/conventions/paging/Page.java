package org.iwtraining.conventions.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code {"items": [...], "next": cursor}}, {@code next} absent on the last page. */
public record Page<T>(@Schema(required = true) List<T> items,
        @Schema(description = "The cursor of the next page; absent on the last page") String next) {

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }

    /** The same page with each item mapped, e.g. from entities to views. */
    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), next);
    }
}
