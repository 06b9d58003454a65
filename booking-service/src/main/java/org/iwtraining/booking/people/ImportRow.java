package org.iwtraining.booking.people;

import java.util.List;

/**
 * One row of a bulk import as read from the body, before it is judged.
 *
 * @param line       where a person finds the row: a CSV's row as a spreadsheet numbers it (the header is row 1),
 *                   a JSON array's item counted from 1
 * @param object     whether the row is an object at all (nothing else is read from one that is not)
 * @param hrId       the row's {@code hrId}, null when absent or not text
 * @param agencyCode the row's {@code agencyCode} as written, null when absent or not text: judged even when other
 *                   fields could not be read, so that every fault of the row is reported at once
 * @param person     the details, null when they could not be read
 * @param invalid    every reason the details could not be read ({@code "field: message"}), empty when they could
 */
public record ImportRow(int line, boolean object, String hrId, String agencyCode, PersonDetails person,
        List<String> invalid) {

    public ImportRow {
        invalid = List.copyOf(invalid);
    }
}
