package org.iwtraining.followup.access;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.conventions.security.Roles;
import org.iwtraining.followup.Caller;

/**
 * The object rules of docs/access-matrix.md (followup-service): coordinators and auditors read every caller's
 * work, coordinators change it; a caller reads and records only what is assigned to the caller record whose
 * subject is their token's. Anything else is answered as if it did not exist.
 */
@ApplicationScoped
public class Reaches {

    /** For reads: coordinators and auditors see everything; a caller their own. */
    public Reach reading(Requester requester) {
        return requester.holdsAny(Roles.COORDINATOR, Roles.AUDITOR) ? Reach.EVERYTHING : own(requester);
    }

    /** For changes: coordinators change everything; a caller their own. */
    public Reach changing(Requester requester) {
        return requester.holdsAny(Roles.COORDINATOR) ? Reach.EVERYTHING : own(requester);
    }

    private static Reach own(Requester requester) {
        if (requester.subject() == null) {
            return Reach.own(Optional.empty());
        }
        return Reach.own(Caller.<Caller>find("subject", requester.subject()).firstResultOptional().map(c -> c.id));
    }
}
