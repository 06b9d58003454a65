package org.iwtraining.followup.events;

import java.time.LocalDate;

import org.iwtraining.followup.Process;

/** booking-service saw a trainer deliver a session of a process, starting on {@code startsOn}. */
public record CascadeNotice(String personId, Process process, String sessionId, LocalDate startsOn) {
}
