package org.iwtraining.followup;

/** How the trainer says the materials are received by their colleagues. */
public enum MaterialsReception {
    WORKING_WELL, NEEDS_CHANGES, NOT_USED
}
