package org.iwtraining.booking;

/** A cohort is a proposal until its coordinator confirms it, which books every placement at once. */
public enum CohortStatus {
    PROPOSED,
    CONFIRMED
}
