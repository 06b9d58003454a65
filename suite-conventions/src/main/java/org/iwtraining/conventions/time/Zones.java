package org.iwtraining.conventions.time;

import java.time.ZoneId;

/** The local authority's zone: dates, working days and "today" are Europe/London's. */
public final class Zones {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Zones() {
    }
}
