package org.iwtraining.followup.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iwtraining.followup.stats.Figures;
import org.iwtraining.followup.stats.Stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The figures of {@code GET /stats} as CSV, one figure a row: {@code section,key,metric,value} (a header row
 * first). A cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) is
 * prefixed with an apostrophe.
 */
final class StatsCsv {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.builder().addColumn("section").addColumn("key")
            .addColumn("metric").addColumn("value").build().withHeader();

    private StatsCsv() {
    }

    record Row(String section, String key, String metric, String value) {
    }

    static String of(Stats s) {
        List<Row> rows = new ArrayList<>();
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
        try {
            return MAPPER.writer(SCHEMA).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("CSV of the figures", e);
        }
    }

    private static void figures(List<Row> rows, String section, String key, Figures f) {
        add(rows, section, key, "openCases", f.openCases());
        add(rows, section, key, "closedCases", f.closedCases());
        add(rows, section, key, "callsPerClosedCase", f.callsPerClosedCase());
        add(rows, section, key, "medianDaysToCascade", f.medianDaysToCascade());
    }

    private static void count(List<Row> rows, String section, String key, Stats.Count c) {
        add(rows, section, key, "sessions", c.sessions());
        add(rows, section, key, "colleagues", c.colleagues());
    }

    private static void add(List<Row> rows, String section, String key, String metric, Object value) {
        rows.add(new Row(cell(section), cell(key), cell(metric), value == null ? "" : cell(String.valueOf(value))));
    }

    /** A cell a spreadsheet would evaluate is neutralised with a leading apostrophe. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    static Map<String, String> headers() {
        return Map.of("Content-Disposition", "attachment; filename=\"followup-stats.csv\"");
    }
}
