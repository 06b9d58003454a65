package org.iwtraining.booking;

/** Why a place waits; FULL wins when both hold. */
public enum WaitReason {
    FULL, AGENCY_CAP
}
