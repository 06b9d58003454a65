package org.iwtraining.followup.rest;

/** A caller's new calendar token, shown this once, and the address of the feed that takes it. */
public record CalendarTokenView(String token, String feedUrl) {
}
