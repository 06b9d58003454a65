package org.iwtraining.followup.stats;

import java.util.Map;

/** The figures overall, by module ref and by agency code (both maps in key order). */
public record Stats(Figures overall, Map<String, Figures> byModule, Map<String, Figures> byAgency) {
}
