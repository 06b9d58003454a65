package org.iwtraining.followup.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iwtraining.followup.CascadeSource;

/**
 * A cascade the trainer delivered: who tells of it, the day it was held, the colleagues trained (null: unknown) and
 * what is known of them by agency code and by sector (null or empty: nothing known), and the suite's sessions it
 * was (booking-service's one session; usually none for a cascade outside the suite).
 */
public record CascadeReport(CascadeSource source, LocalDate date, Integer attendees, Map<String, Integer> byAgency,
        Map<String, Integer> bySector, List<String> sessionIds) {
}
