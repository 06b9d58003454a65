package org.iwtraining.console.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.console.client.BookingClient;
import org.iwtraining.console.client.CallsData;
import org.iwtraining.console.client.FollowupClient;
import org.iwtraining.console.client.ReportData;

/**
 * The figures page's content: followup-service's figures and cascade funnel (one request each), booking-service's
 * reports for the period (one request each), and the reports as CSV for download.
 */
@ApplicationScoped
public class Figures {

    /** The funnel's steps that are counts of trainers (reach, colleagues trained, is a count of other people). */
    static final List<String> STEPS = List.of("Trained", "First call made", "Cascading");

    /** The reports booking-service writes as CSV, by the name of their path. */
    public static final List<String> REPORTS = List.of("sessions", "agencies", "completions");

    private final FollowupClient followup;
    private final BookingClient booking;

    Figures(FollowupClient followup, BookingClient booking) {
        this.followup = followup;
        this.booking = booking;
    }

    public FiguresView view(LocalDate from, LocalDate to) {
        CallsData.Funnel funnel = followup.funnel();
        CallsData.Stats stats = followup.stats();
        String f = from == null ? null : from.toString();
        String t = to == null ? null : to.toString();
        List<ReportData.AgencyRow> agencies = booking.agencyReport(f, t);
        List<ReportData.CompletionRow> completions = booking.completionReport("module", f, t);
        List<ReportData.SessionRow> sessions = booking.sessionReport(f, t);
        BarChart overall = BarChart.of("funnel-overall", "All trainers", STEPS, List.of("All"),
                List.of(steps(funnel.overall())));
        BarChart byModule = BarChart.of("funnel-module", "Trainers by module", STEPS,
                funnel.byModule().stream().map(CallsData.ModuleSteps::moduleRef).toList(),
                funnel.byModule().stream().map(m -> steps(m.steps())).toList());
        BarChart byAgency = BarChart.of("funnel-agency", "Trainers by agency", STEPS,
                funnel.byAgency().stream().map(CallsData.AgencySteps::agencyCode).toList(),
                funnel.byAgency().stream().map(a -> steps(a.steps())).toList());
        Map<String, Long> age = stats.openCasesByAgeWeeks();
        List<String> ageLabels = List.of("0-2", "2-4", "4-8", "8+");
        BarChart openByAge = BarChart.of("open-by-age", "Open cases by weeks since the training", List.of("Open cases"),
                ageLabels.stream().map(weeks -> weeks + " weeks").toList(),
                ageLabels.stream().map(weeks -> new long[] { age.getOrDefault(weeks, 0L) }).toList());
        long sessionsAtRisk = sessions.stream().filter(s -> "AT_RISK".equals(s.mixStatus())).count();
        return new FiguresView(funnel, overall, byModule, byAgency, stats, openByAge, agencies, completions,
                sessions.size(), sessionsAtRisk, from, to);
    }

    /** A report as booking-service writes it in CSV, for the period. */
    public String csv(String report, LocalDate from, LocalDate to) {
        return booking.reportCsv(report, from == null ? null : from.toString(), to == null ? null : to.toString());
    }

    private static long[] steps(CallsData.Steps steps) {
        return steps == null ? new long[3] : new long[] { steps.trained(), steps.firstCallMade(), steps.cascading() };
    }
}
