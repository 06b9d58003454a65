package org.iwtraining.booking.service;

import java.time.ZoneId;

/** The local authority's zone: dates people see and type are days in it. */
public final class Zones {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Zones() {
    }
}
