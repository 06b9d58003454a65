package org.iwtraining.console.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void shouldDrawEveryBarToOneScaleWithTheLargestFillingTheTrack() {
        BarChart chart = BarChart.of("c", "Trainers", List.of("Trained", "Cascading"), List.of("IW05", "CAF03"),
                List.of(new long[] { 10, 5 }, new long[] { 4, 0 }));
        List<BarChart.Bar> iw05 = chart.groups().get(0).bars();
        List<BarChart.Bar> caf03 = chart.groups().get(1).bars();
        assertEquals(BarChart.TRACK_WIDTH, iw05.get(0).length());
        assertEquals(BarChart.TRACK_WIDTH / 2.0, iw05.get(1).length());
        assertEquals(BarChart.TRACK_WIDTH * 0.4, caf03.get(0).length(), 0.05);
        assertEquals(0, caf03.get(1).length());
        assertTrue(caf03.get(0).y() > iw05.get(1).y(), "groups stack downwards");
        assertEquals(chart.series().get(1).colour(), iw05.get(1).colour());
    }

    @Test
    void shouldSayTheFiguresInWordsForScreenReaders() {
        BarChart chart = BarChart.of("c", "Trainers", List.of("Trained", "Cascading"), List.of("IW05"),
                List.of(new long[] { 10, 5 }));
        assertEquals("Trainers: IW05 trained 10, cascading 5.", chart.description());
        assertEquals("Trainers: nothing to show yet.",
                BarChart.of("e", "Trainers", List.of("Trained"), List.of(), List.of()).description());
    }
}
