package org.iwtraining.console.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK writes them: "Tuesday 2 March 2027"; moments in the authority's zone: "2 March 2027, 10:15am". */
public final class Days {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Days() {
    }

    public static String of(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String at(Instant at) {
        return MOMENT.format(at.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
    }
}
