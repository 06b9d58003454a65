package org.iwtraining.booking.cohorts.allocation;

/**
 * Why a nominee has no place. Because the allocation places as many people as possible, every
 * session open to an unplaced nominee is, after it, either full or at the cap of the nominee's agency.
 */
public enum UnplacedReason {
    /** None of the candidate sessions is open to the person. */
    NO_ELIGIBLE_SESSION,
    /** Every session open to the person is full (with the places already confirmed and this cohort's). */
    ELIGIBLE_SESSIONS_FULL,
    /** Every session open to the person that still has seats has the person's agency at its cap. */
    AGENCY_CAP
}
