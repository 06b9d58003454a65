package org.iwtraining.followup;

/** A one-off bank holiday added, or a statutory one removed (moved elsewhere). */
public enum OverrideKind {
    ADDED, REMOVED
}
