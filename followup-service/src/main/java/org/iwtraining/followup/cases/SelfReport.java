package org.iwtraining.followup.cases;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a trainer reports through the self-report link: whether the cascade has started, when, how many colleagues
 * attended and of which agencies (all but {@code started} may be null), and a note.
 */
public record SelfReport(boolean started, LocalDate startedOn, Integer attendees, Map<String, Integer> byAgency,
        String notes) {
}
