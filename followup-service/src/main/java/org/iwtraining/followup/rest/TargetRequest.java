package org.iwtraining.followup.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A coordinator's target for the trainer: colleagues to reach through cascades by a date (both null: none). */
public record TargetRequest(@Min(1) @Max(100000) Integer targetColleagues, LocalDate targetBy) {
}
