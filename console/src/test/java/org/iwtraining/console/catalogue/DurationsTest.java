package org.iwtraining.console.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void shouldWordTheSeedsDurations() {
        assertEquals("30 minutes plus optional discussion", Durations.of(30, 30, 1, true));
        assertEquals("2 parts of 2.5 hours", Durations.of(300, 300, 2, false));
        assertEquals("2 to 3 hours", Durations.of(120, 180, 1, false));
        assertEquals("5.5 hours", Durations.of(330, 330, 1, false));
        assertEquals("1 hour", Durations.of(60, 60, 1, false));
        assertEquals("1 hour 20 minutes", Durations.of(80, null, null, null));
        assertEquals("45 minutes to 1.5 hours", Durations.of(45, 90, 1, false));
    }

    @Test
    void shouldSayWhenADurationIsNotYetDefined() {
        assertEquals("not yet defined", Durations.of(null, null, null, null));
    }
}
