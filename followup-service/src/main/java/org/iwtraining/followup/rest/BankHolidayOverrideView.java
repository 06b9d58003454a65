package org.iwtraining.followup.rest;

import java.time.LocalDate;

import org.iwtraining.followup.BankHolidayOverride;
import org.iwtraining.followup.OverrideKind;

public record BankHolidayOverrideView(LocalDate date, OverrideKind kind, String name) {

    public static BankHolidayOverrideView from(BankHolidayOverride o) {
        return new BankHolidayOverrideView(o.day, o.kind, o.name);
    }
}
