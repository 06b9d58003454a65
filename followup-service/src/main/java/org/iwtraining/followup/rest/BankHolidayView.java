package org.iwtraining.followup.rest;

import java.time.LocalDate;

import org.iwtraining.conventions.workingdays.WorkingCalendar;

/** A bank holiday: STATUTORY (computed from the rules) or ONE_OFF (recorded over the API). */
public record BankHolidayView(LocalDate date, String name, WorkingCalendar.BankHoliday.Source source) {

    public static BankHolidayView from(WorkingCalendar.BankHoliday h) {
        return new BankHolidayView(h.date(), h.name(), h.source());
    }
}
