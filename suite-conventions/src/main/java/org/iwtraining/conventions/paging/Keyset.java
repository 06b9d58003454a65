package org.iwtraining.conventions.paging;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.iwtraining.conventions.problem.DomainException;

/**
 * The sort key of a keyset page ordered by a value and then an id ({@code order by createdAt, id}): the
 * cursor a page hands out holds {@code value|id} of its last row, and the next query asks for rows after it.
 * Ids never hold {@code |}, values may (the last bar splits).
 */
public record Keyset(String value, String id) {

    private static final char BAR = '|';

    /** The key of one row, as {@link PageRequest#page} wants it from its {@code keyOf}. */
    public static String key(Object value, String id) {
        return value + String.valueOf(BAR) + id;
    }

    /** The key the page's cursor holds, if it has one; a cursor of another shape is a 400 naming it. */
    public static Optional<Keyset> after(PageRequest page) {
        if (page.after() == null) {
            return Optional.empty();
        }
        int bar = page.after().lastIndexOf(BAR);
        if (bar < 0) {
            throw DomainException.invalid("cursor", "is not a cursor this service issued");
        }
        return Optional.of(new Keyset(page.after().substring(0, bar), page.after().substring(bar + 1)));
    }

    /** The value as the instant it was written from. */
    public Instant instant() {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("cursor", "is not a cursor this service issued");
        }
    }
}
