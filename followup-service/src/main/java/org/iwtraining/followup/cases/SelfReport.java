package org.iwtraining.followup.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * What a trainer reports through the self-report link: whether the cascade has started, when and how many colleagues
 * attended (both may be null when not started; attendees may be unknown), and the colleagues' agencies as written.
 */
public record SelfReport(boolean started, LocalDate startedOn, Integer attendees, List<String> agencies) {

    public SelfReport {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }
}
