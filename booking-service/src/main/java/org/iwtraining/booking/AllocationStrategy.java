package org.iwtraining.booking;

/** The coordinator's choice of goal 2: fill the earliest sessions first, or only balance the mix. */
public enum AllocationStrategy {
    /** After placing the most people, fill sessions as fully as possible in start order. */
    PACK,
    /** After placing the most people, go straight to the best agency mix. */
    SPREAD
}
