package org.iwtraining.booking;

/** The kind of organisation an agency is. */
public enum Sector {
    HEALTH, EDUCATION, SOCIAL_CARE, POLICE, YOUTH, EARLY_YEARS, VOLUNTARY, HOUSING, PROBATION, OTHER
}
