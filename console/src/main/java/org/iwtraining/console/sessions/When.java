package org.iwtraining.console.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as GOV.UK writes them, in the authority's zone: "Tuesday 2 March 2027, 9:30am to 4:30pm". */
public final class When {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private When() {
    }

    public static String span(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(LONDON);
        ZonedDateTime to = end.atZone(LONDON);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return DAY.format(from) + ", " + time(from) + " to " + time(to);
        }
        return DAY.format(from) + ", " + time(from) + " to " + DAY.format(to) + ", " + time(to);
    }

    public static String day(Instant at) {
        return DAY.format(at.atZone(LONDON));
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "9am", "9:30am", "12pm" (GOV.UK style: no leading zero, no ":00"). */
    static String time(ZonedDateTime at) {
        int hour = at.getHour() % 12 == 0 ? 12 : at.getHour() % 12;
        String minutes = at.getMinute() == 0 ? "" : String.format(":%02d", at.getMinute());
        return hour + minutes + (at.getHour() < 12 ? "am" : "pm");
    }
}
