package org.iwtraining.conventions.workingdays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days in England and Wales: not a Saturday, a Sunday or a bank holiday, where bank holidays are
 * the statutory ones plus the one-off days added, minus the statutory days removed (a holiday moved for a
 * jubilee is the old date removed and the new one added).
 */
public final class WorkingCalendar {

    /** The rules never change, so each year is computed once; the digest job asks for thousands of dates. */
    private static final Map<Integer, Set<LocalDate>> STATUTORY_BY_YEAR = new ConcurrentHashMap<>();

    private final Map<LocalDate, String> added;
    private final Set<LocalDate> removed;

    public WorkingCalendar(Map<LocalDate, String> added, Set<LocalDate> removed) {
        this.added = Map.copyOf(added);
        this.removed = Set.copyOf(removed);
    }

    /** The statutory rules alone, without one-off days. */
    public static WorkingCalendar statutory() {
        return new WorkingCalendar(Map.of(), Set.of());
    }

    /** The bank holidays of a year, one-offs included and removed days left out, in date order. */
    public List<BankHoliday> holidays(int year) {
        List<BankHoliday> days = new ArrayList<>();
        for (StatutoryHolidays.Holiday h : StatutoryHolidays.of(year)) {
            if (!removed.contains(h.date()) && !added.containsKey(h.date())) {
                days.add(new BankHoliday(h.date(), h.name(), BankHoliday.Source.STATUTORY));
            }
        }
        added.forEach((date, name) -> {
            if (date.getYear() == year) {
                days.add(new BankHoliday(date, name, BankHoliday.Source.ONE_OFF));
            }
        });
        days.sort(Comparator.comparing(BankHoliday::date));
        return days;
    }

    public boolean isBankHoliday(LocalDate date) {
        if (added.containsKey(date)) {
            return true;
        }
        return !removed.contains(date) && statutoryDates(date.getYear()).contains(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        return StatutoryHolidays.isWeekday(date) && !isBankHoliday(date);
    }

    /** The date itself when it is a working day, otherwise the next working day. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The n-th working day after the date (the date itself never counts). */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate d = date;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The n-th working day before the date (the date itself never counts): a notice period counted back. */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate d = date;
        for (int left = n; left > 0; ) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The latest due date that is at least n working days overdue on {@code today}: a call due on or before
     * it is n working days late. Working-day addition never decreases, so every earlier date is too.
     */
    public LocalDate latestDueOverdueBy(LocalDate today, int n) {
        LocalDate d = today.minusDays(n);
        while (plusWorkingDays(d, n).isAfter(today)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static Set<LocalDate> statutoryDates(int year) {
        return STATUTORY_BY_YEAR.computeIfAbsent(year, y -> StatutoryHolidays.of(y).stream()
                .map(StatutoryHolidays.Holiday::date).collect(Collectors.toUnmodifiableSet()));
    }

    public record BankHoliday(LocalDate date, String name, Source source) {
        public enum Source {
            STATUTORY, ONE_OFF
        }
    }
}
