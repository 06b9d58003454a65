package org.iwtraining.booking;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.iwtraining.conventions.security.Roles;

/**
 * Who is asking, as the wings need to know it for object-level rules (docs/access-matrix.md): the token's subject,
 * its roles and, for an agency lead, the agency code of its {@code agency} claim. Built in {@code rest} from the
 * verified token; the wings never see HTTP or token types.
 *
 * <p>An agency lead is bound to their agency unless the same token also holds a role that sees every agency
 * (coordinator, hr-system, auditor): the role check of each operation has already decided what the token may do
 * at all, this only narrows what an agency-bound asker may see and change.
 */
public record Requester(String subject, Set<String> roles, String agency) {

    private static final Set<String> UNBOUND = Set.of(Roles.COORDINATOR, Roles.HR_SYSTEM, Roles.AUDITOR);

    public Requester {
        roles = Set.copyOf(roles);
    }

    /** Work the service does on its own account (jobs, events): bound by nothing. */
    public static Requester system() {
        return new Requester(null, Set.of(Roles.COORDINATOR), null);
    }

    /** An agency lead without a role that sees every agency: their agency's people only. */
    public boolean agencyBound() {
        return roles.contains(Roles.AGENCY_LEAD) && roles.stream().noneMatch(UNBOUND::contains);
    }

    /** The one agency an agency-bound asker may see; empty for everyone else. */
    public Optional<String> agencyScope() {
        return agencyBound() ? Optional.of(agency == null ? "" : agency) : Optional.empty();
    }

    /** Whether a person of this agency is visible to the asker (a lead without an agency claim sees no one). */
    public boolean sees(String personAgency) {
        return !agencyBound() || (agency != null && !agency.isBlank() && Objects.equals(agency, personAgency));
    }

    /** Whether a record proposed by that subject is the asker's (always, for an asker not agency-bound). */
    public boolean owns(String proposer) {
        return !agencyBound() || (subject != null && subject.equals(proposer));
    }

    /** Whether the asker may register partner people ({@code P-} ids): a coordinator or an agency lead. */
    public boolean registersPartners() {
        return roles.contains(Roles.COORDINATOR) || roles.contains(Roles.AGENCY_LEAD);
    }
}
