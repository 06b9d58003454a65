package org.iwtraining.console.figures;

import java.time.LocalDate;
import java.util.List;

import org.iwtraining.console.client.CallsData;
import org.iwtraining.console.client.ReportData;

/** What the figures page shows: the funnel drawn and tabled, the follow-up figures, the booking reports' rows. */
public record FiguresView(CallsData.Funnel funnel, BarChart overall, BarChart byModule, BarChart byAgency,
        CallsData.Stats stats, BarChart openByAge, List<ReportData.AgencyRow> agencies,
        List<ReportData.CompletionRow> completions, int sessions, long sessionsAtRisk, LocalDate from, LocalDate to) {

    /** The query string of the period, for the CSV links ({@code ""} for the default, this calendar year). */
    public String period() {
        String q = (from == null ? "" : "from=" + from) + (to == null ? "" : (from == null ? "" : "&") + "to=" + to);
        return q.isEmpty() ? "" : "?" + q;
    }
}
