package org.iwtraining.conventions.security;

/**
 * The suite's roles (DESIGN.md, security), as they arrive in a token's {@code roles} (or {@code groups}) claim.
 * Constants, so {@code @RolesAllowed({Roles.COORDINATOR, Roles.AGENCY_LEAD})} reads as the access matrix does.
 */
public final class Roles {

    public static final String CATALOGUE_EDITOR = "catalogue-editor";
    public static final String COORDINATOR = "coordinator";
    public static final String AGENCY_LEAD = "agency-lead";
    public static final String CALLER = "caller";
    public static final String HR_SYSTEM = "hr-system";
    public static final String AUDITOR = "auditor";
    public static final String VIEWER = "viewer";
    /** booking-service calling the other two with its client-credentials token. */
    public static final String SERVICE = "service";

    /** The claim an agency lead's token carries their agency's code in. */
    public static final String AGENCY_CLAIM = "agency";

    private Roles() {
    }
}
