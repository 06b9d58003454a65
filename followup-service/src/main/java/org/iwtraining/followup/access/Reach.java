package org.iwtraining.followup.access;

import java.util.Optional;

/**
 * How far a requester's view of the callers' work reaches: everything (coordinators, auditors), or one caller's
 * own record and the cases assigned to it. A caller token whose subject has no caller record reaches nothing.
 */
public record Reach(boolean everything, Optional<String> callerId) {

    public static final Reach EVERYTHING = new Reach(true, Optional.empty());

    public static Reach own(Optional<String> callerId) {
        return new Reach(false, callerId);
    }

    /** Whether the caller's record, or a case assigned to that caller, is within reach. */
    public boolean covers(String callerId) {
        return everything || this.callerId.filter(own -> own.equals(callerId)).isPresent();
    }
}
