package org.iwtraining.followup;

/** What the trainer says stands in the way of cascading (a fixed vocabulary). */
public enum Barrier {
    NO_TIME, NO_VENUE, NO_MANAGER_SUPPORT, NEEDS_MATERIALS, NOT_CONFIDENT, OTHER
}
