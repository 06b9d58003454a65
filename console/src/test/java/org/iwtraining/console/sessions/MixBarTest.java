package org.iwtraining.console.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MixBarTest {

    @Test
    void shouldDrawTheAgenciesMostFirstToTheCapsScale() {
        MixBar bar = MixBar.of(Map.of("CSC", 1, "NHS-NORTH", 4, "ST-MARYS", 2), 4, true);
        assertEquals(List.of("NHS-NORTH", "ST-MARYS", "CSC"), bar.rows().stream().map(MixBar.Row::agency).toList());
        // the cap (4) is the whole track: 4 places fill it, 2 half of it
        assertEquals(MixBar.TRACK_WIDTH, bar.rows().get(0).length());
        assertEquals(MixBar.TRACK_WIDTH / 2.0, bar.rows().get(1).length());
        assertEquals(MixBar.TRACK_WIDTH / 4.0, bar.rows().get(2).length());
        assertEquals(MixBar.LABEL_WIDTH + MixBar.TRACK_WIDTH, bar.capX());
        assertTrue(bar.rows().get(0).atCap());
        assertFalse(bar.rows().get(1).atCap());
        assertEquals(3 * MixBar.ROW_HEIGHT, bar.height());
    }

    @Test
    void shouldSpaceTheRowsEvenly() {
        MixBar bar = MixBar.of(Map.of("A", 1, "B", 1), 2, true);
        assertEquals(MixBar.ROW_HEIGHT, bar.rows().get(1).barY() - bar.rows().get(0).barY());
        assertEquals(List.of("A", "B"), bar.rows().stream().map(MixBar.Row::agency).toList(), "equal counts by code");
    }

    @Test
    void shouldScaleToTheLargestOnceCapsHaveLifted() {
        MixBar bar = MixBar.of(Map.of("CSC", 6, "POLICE", 3), 4, false);
        assertEquals(MixBar.TRACK_WIDTH, bar.rows().get(0).length());
        assertEquals(MixBar.TRACK_WIDTH / 2.0, bar.rows().get(1).length());
        assertNull(bar.capX(), "no cap line once caps have lifted");
        assertFalse(bar.rows().get(0).atCap());
        assertTrue(bar.description().endsWith("Caps have lifted: first come, first served."), bar.description());
    }

    @Test
    void shouldDescribeTheMixInWords() {
        MixBar bar = MixBar.of(Map.of("CSC", 4, "POLICE", 1), 4, true);
        assertEquals("Confirmed places by agency: CSC 4 (at its cap), POLICE 1. At most 4 places per agency.", bar.description());
    }

    @Test
    void shouldDrawNothingWithoutConfirmedPlaces() {
        MixBar bar = MixBar.of(Map.of("CSC", 0), 4, true);
        assertTrue(bar.empty());
        assertEquals("No confirmed places yet.", bar.description());
    }
}
