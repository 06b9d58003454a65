package org.iwtraining.console.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server ({@code tags/barChart}): one group per label (a module, an agency), one
 * bar per series in it (trained, first call made, cascading), every bar to one scale. The same figures are the
 * drawing's text alternative and the table beneath it.
 */
public record BarChart(String id, List<Series> series, List<Group> groups, int width, int height,
        String description) {

    /** GOV.UK colours (blue, purple, green, orange) that keep 3:1 contrast against white, as bars must. */
    static final List<String> COLOURS = List.of("#1d70b8", "#4c2c92", "#00703c", "#f47738");

    static final int LABEL_WIDTH = 140;
    static final int TRACK_WIDTH = 340;
    static final int COUNT_WIDTH = 50;
    static final int BAR_HEIGHT = 14;
    static final int GROUP_GAP = 12;

    /** @param values per group, one value per series, in the series' order */
    public static BarChart of(String id, String caption, List<String> series, List<String> labels, List<long[]> values) {
        long largest = values.stream().flatMapToLong(java.util.Arrays::stream).max().orElse(0);
        long scale = Math.max(1, largest);
        List<Group> groups = new ArrayList<>();
        int y = 0;
        StringBuilder text = new StringBuilder(caption).append(": ");
        for (int g = 0; g < labels.size(); g++) {
            List<Bar> bars = new ArrayList<>();
            long[] row = values.get(g);
            int top = y;
            text.append(g == 0 ? "" : "; ").append(labels.get(g)).append(' ');
            for (int s = 0; s < series.size(); s++) {
                double length = Math.round(10.0 * TRACK_WIDTH * row[s] / scale) / 10.0;
                bars.add(new Bar(series.get(s), COLOURS.get(s % COLOURS.size()), row[s], y, y + BAR_HEIGHT - 3, length,
                        LABEL_WIDTH + length + 6));
                text.append(s == 0 ? "" : ", ").append(series.get(s).toLowerCase(java.util.Locale.UK)).append(' ').append(row[s]);
                y += BAR_HEIGHT;
            }
            groups.add(new Group(labels.get(g), top + (series.size() * BAR_HEIGHT) / 2 + 5, bars));
            y += GROUP_GAP;
        }
        List<Series> key = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            key.add(new Series(series.get(s), COLOURS.get(s % COLOURS.size())));
        }
        return new BarChart(id, key, groups, LABEL_WIDTH + TRACK_WIDTH + COUNT_WIDTH, Math.max(BAR_HEIGHT, y),
                groups.isEmpty() ? caption + ": nothing to show yet." : text.append('.').toString());
    }

    public boolean empty() {
        return groups.isEmpty();
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT - 2;
    }

    public record Group(String label, int labelY, List<Bar> bars) {
    }

    /** One bar: its series and colour, value, place and length. */
    public record Bar(String series, String colour, long value, int y, int textY, double length, double valueX) {
    }

    public record Series(String name, String colour) {
    }
}
