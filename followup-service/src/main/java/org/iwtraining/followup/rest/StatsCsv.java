package org.iwtraining.followup.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iwtraining.conventions.csv.CsvCells;
import org.iwtraining.followup.stats.Figures;
import org.iwtraining.followup.stats.Stats;


/**
 * The figures of {@code GET /stats} as CSV, one figure a row: {@code section,key,metric,value} (a header row
 * first), written by the suite's {@link CsvCells}: a cell that a spreadsheet would read as a formula (starting with
 * = + - @, a tab or a carriage return) is prefixed with an apostrophe.
 */
final class StatsCsv {

    private static final List<String> HEADER = List.of("section", "key", "metric", "value");

    private StatsCsv() {
    }

    static String of(Stats s) {
        List<List<Object>> rows = new ArrayList<>();
        figures(rows, "overall", "", s.overall());
        s.byModule().forEach((k, f) -> figures(rows, "module", k, f));
        s.byAgency().forEach((k, f) -> figures(rows, "agency", k, f));
        Stats.Closures c = s.closures();
        add(rows, "closures", "", "cascaded", c.cascaded());
        add(rows, "closures", "", "cascadeStarted", c.cascadeStarted());
        add(rows, "closures", "", "cascadeSession", c.cascadeSession());
        add(rows, "closures", "", "left", c.left());
        add(rows, "closures", "", "revoked", c.revoked());
        add(rows, "closures", "", "closedByAdmin", c.closedByAdmin());
        add(rows, "closures", "", "erased", c.erased());
        add(rows, "cycle", "", "firstCallMade", s.firstCallMade());
        s.openAge().forEach((k, v) -> add(rows, "openCasesByAgeWeeks", k, "openCases", v));
        add(rows, "cycle", "", "stalledOpen", s.stalledOpen());
        add(rows, "cycle", "", "stalledEver", s.stalledEver());
        add(rows, "cycle", "", "medianDaysToFirstCascade", s.medianDaysToFirstCascade());
        add(rows, "cycle", "", "behindTarget", s.behindTarget());
        add(rows, "reach", "", "sessions", s.reach().overall().sessions());
        add(rows, "reach", "", "colleagues", s.reach().overall().colleagues());
        s.reach().byModule().forEach((k, v) -> count(rows, "reachByModule", k, v));
        s.reach().byProcess().forEach((k, v) -> count(rows, "reachByProcess", k, v));
        s.reach().byAgency().forEach((k, v) -> add(rows, "reachByAgency", k, "colleagues", v));
        s.reach().bySector().forEach((k, v) -> add(rows, "reachBySector", k, "colleagues", v));
        return CsvCells.write(HEADER, rows);
    }

    private static void figures(List<List<Object>> rows, String section, String key, Figures f) {
        add(rows, section, key, "openCases", f.openCases());
        add(rows, section, key, "closedCases", f.closedCases());
        add(rows, section, key, "callsPerClosedCase", f.callsPerClosedCase());
        add(rows, section, key, "medianDaysToCascade", f.medianDaysToCascade());
    }

    private static void count(List<List<Object>> rows, String section, String key, Stats.Count c) {
        add(rows, section, key, "sessions", c.sessions());
        add(rows, section, key, "colleagues", c.colleagues());
    }

    private static void add(List<List<Object>> rows, String section, String key, String metric, Object value) {
        rows.add(List.of(section, key, metric, value == null ? "" : value));
    }

    static Map<String, String> headers() {
        return Map.of("Content-Disposition", "attachment; filename=\"followup-stats.csv\"");
    }
}
