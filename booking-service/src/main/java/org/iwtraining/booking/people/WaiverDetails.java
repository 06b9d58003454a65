package org.iwtraining.booking.people;

/** A waiver of a waivable prerequisite, with why and by whom. */
public record WaiverDetails(String moduleRef, String reason, String recordedBy) {
}
