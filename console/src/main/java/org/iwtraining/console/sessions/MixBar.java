package org.iwtraining.console.sessions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A session's agency mix as a horizontal bar per agency, for an SVG drawn on the server ({@code tags/mixBar}): the
 * agencies by confirmed places (most first, then by code), each bar's length to one scale, and the agency cap as a
 * dashed line while caps hold. The same words are the drawing's text alternative.
 */
public record MixBar(List<Row> rows, int width, int height, Double capX, String description) {

    /** Room for an agency code at the left of each bar. */
    static final int LABEL_WIDTH = 150;
    /** The longest bar: the scale's largest value. */
    static final int TRACK_WIDTH = 300;
    /** Room for the count after the longest bar. */
    static final int COUNT_WIDTH = 40;
    static final int ROW_HEIGHT = 24;
    static final int BAR_HEIGHT = 16;

    /**
     * @param agencies confirmed places per agency code
     * @param agencyCap the most places one agency may hold while caps hold
     * @param capsHold false once the caps have lifted: then no line is drawn and no bar is "at the cap"
     */
    public static MixBar of(Map<String, Integer> agencies, int agencyCap, boolean capsHold) {
        List<Map.Entry<String, Integer>> ordered = agencies.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .toList();
        int largest = ordered.stream().mapToInt(Map.Entry::getValue).max().orElse(0);
        // the scale runs to the cap (or the largest count, when caps have lifted and one went past it)
        int scale = Math.max(1, Math.max(largest, capsHold ? agencyCap : 0));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            String agency = ordered.get(i).getKey();
            int count = ordered.get(i).getValue();
            double length = (double) TRACK_WIDTH * count / scale;
            int y = i * ROW_HEIGHT;
            rows.add(new Row(agency, count, y + (ROW_HEIGHT - BAR_HEIGHT) / 2, y + ROW_HEIGHT / 2 + 5, round(length),
                    LABEL_WIDTH + round(length) + 6, capsHold && count >= agencyCap));
        }
        Double capX = capsHold && agencyCap > 0 ? LABEL_WIDTH + round((double) TRACK_WIDTH * agencyCap / scale) : null;
        return new MixBar(rows, LABEL_WIDTH + TRACK_WIDTH + COUNT_WIDTH, Math.max(ROW_HEIGHT, rows.size() * ROW_HEIGHT),
                capX, describe(rows, agencyCap, capsHold));
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    private static String describe(List<Row> rows, int agencyCap, boolean capsHold) {
        if (rows.isEmpty()) {
            return "No confirmed places yet.";
        }
        StringBuilder text = new StringBuilder("Confirmed places by agency: ");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            text.append(i == 0 ? "" : ", ").append(row.agency()).append(' ').append(row.count())
                    .append(row.atCap() ? " (at its cap)" : "");
        }
        text.append(capsHold ? ". At most " + agencyCap + " places per agency." : ". Caps have lifted: first come, first served.");
        return text.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** One agency's bar: where it sits, how long it is, whether the agency holds as many places as it may. */
    public record Row(String agency, int count, int barY, int textY, double length, double countX, boolean atCap) {
    }
}
