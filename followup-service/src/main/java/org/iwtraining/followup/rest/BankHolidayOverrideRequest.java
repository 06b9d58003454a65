package org.iwtraining.followup.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iwtraining.followup.OverrideKind;

/** A one-off day: ADDED makes the date a bank holiday, REMOVED cancels the statutory one on that date. */
public record BankHolidayOverrideRequest(@NotNull OverrideKind kind, @NotBlank @Size(max = 200) String name) {
}
