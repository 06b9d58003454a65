package org.iwtraining.booking.people;

/**
 * One row of a bulk import as read from the body, before it is judged.
 *
 * @param object  whether the row is an object at all (nothing else is read from one that is not)
 * @param hrId    the row's {@code hrId}, null when absent or not text
 * @param person  the details, null when they could not be read
 * @param invalid why the details could not be read ({@code "field: message"}s), null when they could
 */
public record ImportRow(boolean object, String hrId, PersonDetails person, String invalid) {
}
