package org.iwtraining.followup.events;

import java.time.LocalDate;
import java.util.Map;

import org.iwtraining.followup.Process;

/**
 * booking-service saw a trainer deliver a session of a process, starting on {@code startsOn}; the richer payload
 * (all optional) gives the day it took place, the colleagues who attended, and them by agency code and by sector.
 */
public record CascadeNotice(String personId, Process process, String sessionId, LocalDate startsOn,
        LocalDate sessionDate, Integer attendees, Map<String, Integer> byAgency, Map<String, Integer> bySector) {
}
