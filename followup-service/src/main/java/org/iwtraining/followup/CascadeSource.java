package org.iwtraining.followup;

/** Who told followup-service of a cascade: booking-service (a delivered session), a caller, or the trainer. */
public enum CascadeSource {
    BOOKING, CALLER, SELF_REPORT
}
