package org.iwtraining.booking.people;

/** What an upsert did: HR systems re-send freely, so "unchanged" is an answer of its own. */
public enum UpsertResult {
    CREATED, UPDATED, UNCHANGED
}
