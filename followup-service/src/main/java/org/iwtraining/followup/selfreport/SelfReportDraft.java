package org.iwtraining.followup.selfreport;

import java.time.LocalDate;
import java.util.List;

/**
 * What a trainer reports through their link: whether they have started to cascade, and if so when, how many
 * colleagues attended and of which agencies (each as the trainer writes it).
 */
public record SelfReportDraft(boolean started, LocalDate startedOn, Integer attendees, List<String> agencies) {

    public SelfReportDraft {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }
}
