package org.iwtraining.conventions.workingdays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the statutory rules and the working-day arithmetic that hold for every year. */
class WorkingCalendarPropertiesTest {

    private final WorkingCalendar calendar = WorkingCalendar.statutory();

    @Property
    boolean easterIsASundayBetween22MarchAnd25April(@ForAll @IntRange(min = 1583, max = 9999) int year) {
        LocalDate easter = StatutoryHolidays.easterSunday(year);
        return easter.getDayOfWeek() == DayOfWeek.SUNDAY
                && !easter.isBefore(LocalDate.of(year, Month.MARCH, 22))
                && !easter.isAfter(LocalDate.of(year, Month.APRIL, 25));
    }

    @Property
    boolean everyYearHasEightDistinctWeekdayHolidaysInItsOwnYear(@ForAll @IntRange(min = 1900, max = 2999) int year) {
        List<LocalDate> days = calendar.holidays(year).stream().map(WorkingCalendar.BankHoliday::date).toList();
        return days.size() == 8 && days.stream().distinct().count() == 8
                && days.stream().allMatch(d -> d.getYear() == year && StatutoryHolidays.isWeekday(d));
    }

    @Property
    boolean theNextWorkingDayIsTheFirstWorkingDayOnOrAfter(@ForAll("dates") LocalDate date) {
        LocalDate next = calendar.onOrAfter(date);
        return calendar.isWorkingDay(next) && !next.isBefore(date)
                && date.datesUntil(next).noneMatch(calendar::isWorkingDay);
    }

    @Property
    boolean addingWorkingDaysPassesExactlyThatManyWorkingDays(@ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = 0, max = 30) int n) {
        LocalDate result = calendar.plusWorkingDays(date, n);
        long passed = Stream.iterate(date.plusDays(1), d -> !d.isAfter(result), d -> d.plusDays(1))
                .filter(calendar::isWorkingDay).count();
        return passed == n && (n == 0 || calendar.isWorkingDay(result));
    }

    @Property
    boolean countingBackPassesExactlyThatManyWorkingDays(@ForAll("dates") LocalDate date,
            @ForAll @IntRange(min = 0, max = 30) int n) {
        LocalDate result = calendar.minusWorkingDays(date, n);
        long passed = Stream.iterate(result, d -> d.isBefore(date), d -> d.plusDays(1))
                .filter(calendar::isWorkingDay).count();
        return passed == n && (n == 0 || calendar.isWorkingDay(result));
    }

    @Property
    boolean aCallDueOnTheLatestOverdueDateIsExactlyLateEnough(@ForAll("dates") LocalDate today,
            @ForAll @IntRange(min = 1, max = 5) int n) {
        LocalDate latest = calendar.latestDueOverdueBy(today, n);
        return !calendar.plusWorkingDays(latest, n).isAfter(today)
                && calendar.plusWorkingDays(latest.plusDays(1), n).isAfter(today);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2150, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
