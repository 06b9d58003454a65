package org.iwtraining.console.catalogue;

/** A module's or a route's duration in words: "2 hours", "2 to 3 hours", "2 parts of 2.5 hours", "30 minutes plus optional discussion". */
public final class Durations {

    private Durations() {
    }

    public static String of(Integer minMinutes, Integer maxMinutes, Integer parts, Boolean optionalExtra) {
        if (minMinutes == null) {
            return "not yet defined";
        }
        int max = maxMinutes == null ? minMinutes : maxMinutes;
        String words;
        if (parts != null && parts > 1 && minMinutes == max) {
            words = parts + " parts of " + amount(minMinutes / parts);
        } else if (minMinutes == max) {
            words = amount(minMinutes);
        } else {
            words = range(minMinutes, max);
        }
        return Boolean.TRUE.equals(optionalExtra) ? words + " plus optional discussion" : words;
    }

    /** "30 minutes", "1 hour", "2.5 hours", "1 hour 20 minutes". */
    static String amount(int minutes) {
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        if (minutes % 30 == 0) {
            return hours(minutes) + (minutes == 60 ? " hour" : " hours");
        }
        int hours = minutes / 60;
        return hours + (hours == 1 ? " hour " : " hours ") + amount(minutes % 60);
    }

    private static String range(int min, int max) {
        if (min >= 60 && min % 30 == 0 && max % 30 == 0) {
            return hours(min) + " to " + hours(max) + " hours";
        }
        return amount(min) + " to " + amount(max);
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? Integer.toString(minutes / 60) : (minutes / 60) + ".5";
    }
}
