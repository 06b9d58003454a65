package org.iwtraining.booking;

/** The catalogue's audience codes (the rows of the seed's Appendix 1). */
public enum Audience {
    PRACTITIONER, TRAINER, OPERATIONAL_MANAGER, STRATEGIC_MANAGER, MIDDLE_MANAGER, ADVISOR, ADMIN_STAFF
}
