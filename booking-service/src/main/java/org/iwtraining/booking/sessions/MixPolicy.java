package org.iwtraining.booking.sessions;

import java.math.BigDecimal;
import java.time.Instant;

/** A session's agency-mix policy; a null member takes the default ({@link SessionService}). */
public record MixPolicy(BigDecimal maxAgencyShare, Integer minAgencies, Integer minSectors, Instant capsLiftAt) {

    public static final MixPolicy DEFAULTS = new MixPolicy(null, null, null, null);
}
