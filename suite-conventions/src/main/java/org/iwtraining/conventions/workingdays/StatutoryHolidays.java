package org.iwtraining.conventions.workingdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The England and Wales bank holidays that follow from the statutory rules (Banking and Financial Dealings
 * Act 1971 and the royal proclamations that fixed the early May and substitute days), for any Gregorian year.
 * One-off days (a state funeral, a moved holiday) are not rules: they live in the database as overrides.
 */
public final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    /** The observed bank holidays of a year, in date order. */
    public static List<Holiday> of(int year) {
        List<Holiday> days = new ArrayList<>();
        days.add(new Holiday(weekdayOnOrAfter(LocalDate.of(year, 1, 1)), "New Year's Day"));
        LocalDate easter = easterSunday(year);
        days.add(new Holiday(easter.minusDays(2), "Good Friday"));
        days.add(new Holiday(easter.plusDays(1), "Easter Monday"));
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.add(new Holiday(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday"));
        days.add(new Holiday(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday"));
        days.add(new Holiday(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday"));
        addChristmas(year, days);
        return List.copyOf(days);
    }

    /**
     * Christmas and Boxing Day take the first two weekdays from the 25th on, each keeping its own day when
     * that is a weekday: a Saturday Christmas moves to Monday 27 and Boxing Day to Tuesday 28; a Sunday
     * Christmas leaves Boxing Day on Monday 26 and moves Christmas to Tuesday 27.
     */
    private static void addChristmas(int year, List<Holiday> days) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxing = christmas.plusDays(1);
        LocalDate first = weekdayOnOrAfter(christmas);
        LocalDate second = weekdayOnOrAfter(first.plusDays(1));
        if (isWeekday(christmas)) {
            days.add(new Holiday(christmas, "Christmas Day"));
            days.add(new Holiday(second, isWeekday(boxing) ? "Boxing Day" : "Boxing Day (substitute day)"));
        } else if (isWeekday(boxing)) {
            days.add(new Holiday(boxing, "Boxing Day"));
            days.add(new Holiday(weekdayOnOrAfter(boxing.plusDays(1)), "Christmas Day (substitute day)"));
        } else {
            days.add(new Holiday(first, "Christmas Day (substitute day)"));
            days.add(new Holiday(second, "Boxing Day (substitute day)"));
        }
    }

    /** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    static boolean isWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWeekday(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public record Holiday(LocalDate date, String name) {
    }
}
