package org.iwtraining.conventions.workingdays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** England and Wales bank holidays and working-day arithmetic, checked against the published calendars. */
class WorkingCalendarTest {

    /** The one-off days of recent years, as the service's seed migration records them. */
    private static final WorkingCalendar WITH_ONE_OFFS = new WorkingCalendar(
            Map.of(LocalDate.parse("2020-05-08"), "Early May bank holiday (VE day)",
                    LocalDate.parse("2022-06-02"), "Spring bank holiday",
                    LocalDate.parse("2022-06-03"), "Platinum Jubilee bank holiday",
                    LocalDate.parse("2022-09-19"), "State Funeral of Queen Elizabeth II",
                    LocalDate.parse("2023-05-08"), "Coronation of King Charles III"),
            Set.of(LocalDate.parse("2020-05-04"), LocalDate.parse("2022-05-30")));

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({ "1818,1818-03-22", "1943,1943-04-25", "2008,2008-03-23", "2011,2011-04-24", "2019,2019-04-21",
            "2020,2020-04-12", "2021,2021-04-04", "2022,2022-04-17", "2023,2023-04-09", "2024,2024-03-31",
            "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2038,2038-04-25", "2285,2285-03-22" })
    void shouldComputeEasterSunday(int year, LocalDate easter) {
        assertEquals(easter, StatutoryHolidays.easterSunday(year));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "2019;2019-01-01 2019-04-19 2019-04-22 2019-05-06 2019-05-27 2019-08-26 2019-12-25 2019-12-26",
            "2020;2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28",
            "2021;2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28",
            "2022;2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27",
            "2023;2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26",
            "2024;2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26",
            "2025;2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26",
            "2026;2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28",
            "2027;2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28" })
    void shouldMatchThePublishedBankHolidays(int year, String published) {
        List<LocalDate> expected = java.util.Arrays.stream(published.split(" ")).map(LocalDate::parse).toList();
        assertEquals(expected, WITH_ONE_OFFS.holidays(year).stream().map(WorkingCalendar.BankHoliday::date).toList());
    }

    @Test
    void shouldComputeTheRuleDatesWhenNoOneOffIsRecorded() {
        WorkingCalendar rules = WorkingCalendar.statutory();
        assertTrue(rules.isBankHoliday(LocalDate.parse("2020-05-04")), "early May is the first Monday by rule");
        assertFalse(rules.isBankHoliday(LocalDate.parse("2020-05-08")));
        assertTrue(rules.isBankHoliday(LocalDate.parse("2022-05-30")), "spring is the last Monday of May by rule");
        assertFalse(rules.isBankHoliday(LocalDate.parse("2022-09-19")));
    }

    @Test
    void shouldCountANoticePeriodBackOverWeekendsAndBankHolidays() {
        WorkingCalendar rules = WorkingCalendar.statutory();
        // Boxing Day 2026 is a Saturday: Monday 28 December is its substitute
        assertEquals(LocalDate.parse("2026-12-22"), rules.minusWorkingDays(LocalDate.parse("2026-12-29"), 3));
        assertEquals(LocalDate.parse("2027-03-22"), rules.minusWorkingDays(LocalDate.parse("2027-03-31"), 5),
                "back over Easter Monday 29 March and Good Friday 26 March 2027");
        assertEquals(LocalDate.parse("2027-03-03"), rules.minusWorkingDays(LocalDate.parse("2027-03-10"), 5),
                "Wednesday to Wednesday over a weekend");
        assertEquals(LocalDate.parse("2027-03-31"), rules.minusWorkingDays(LocalDate.parse("2027-03-31"), 0));
    }

    @Test
    void shouldNameSubstituteDays() {
        List<WorkingCalendar.BankHoliday> christmas2021 = WorkingCalendar.statutory().holidays(2021).subList(6, 8);
        assertEquals("Christmas Day (substitute day)", christmas2021.get(0).name());
        assertEquals("Boxing Day (substitute day)", christmas2021.get(1).name());
        List<WorkingCalendar.BankHoliday> christmas2022 = WorkingCalendar.statutory().holidays(2022).subList(6, 8);
        assertEquals(LocalDate.parse("2022-12-26"), christmas2022.get(0).date());
        assertEquals("Boxing Day", christmas2022.get(0).name());
        assertEquals("Christmas Day (substitute day)", christmas2022.get(1).name());
        assertEquals(LocalDate.parse("2022-01-03"), WorkingCalendar.statutory().holidays(2022).get(0).date());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({ "2024-03-29,2024-04-02", "2021-12-25,2021-12-29", "2022-12-24,2022-12-28",
            "2022-06-02,2022-06-06", "2022-09-17,2022-09-20", "2023-05-06,2023-05-09", "2026-11-30,2026-11-30",
            "2020-05-08,2020-05-11", "2020-05-04,2020-05-04" })
    void shouldMoveADueDateToTheNextWorkingDay(LocalDate due, LocalDate moved) {
        assertEquals(moved, WITH_ONE_OFFS.onOrAfter(due));
    }

    @ParameterizedTest(name = "{0} + {1} working days → {2}")
    @CsvSource({ "2026-11-27,2,2026-12-01", "2021-12-23,2,2021-12-29", "2022-12-23,1,2022-12-28",
            "2024-03-28,2,2024-04-03", "2022-09-16,1,2022-09-20", "2026-11-30,0,2026-11-30" })
    void shouldAddWorkingDays(LocalDate from, int n, LocalDate expected) {
        assertEquals(expected, WITH_ONE_OFFS.plusWorkingDays(from, n));
    }

    @ParameterizedTest(name = "on {0} a call due on or before {1} is 2 working days late")
    @CsvSource({ "2026-12-02,2026-11-30", "2026-11-30,2026-11-26", "2026-12-29,2026-12-23", "2026-11-28,2026-11-25" })
    void shouldFindTheLatestDueDateTwoWorkingDaysOverdue(LocalDate today, LocalDate latest) {
        assertEquals(latest, WITH_ONE_OFFS.latestDueOverdueBy(today, 2));
    }
}
