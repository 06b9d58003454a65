package org.iwtraining.booking;

/**
 * Where a person's record comes from: {@code HR}, the authority's HR system (its own ids), or {@code PARTNER},
 * registered by a partner agency's lead or a coordinator (ids {@code P-<AGENCY>-…}, which no HR id may take). A full
 * import of one source makes leavers of that source's people only.
 */
public enum PersonSource {
    HR, PARTNER
}
