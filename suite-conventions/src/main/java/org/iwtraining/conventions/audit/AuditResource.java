package org.iwtraining.conventions.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.security.Roles;

/** {@code GET /audit}, served by every service over its own trail: read-only, for auditors. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/audit")
@Tag(name = "Audit", description = "Who changed what, and who read whose data")
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "listAuditEvents", summary = "The audit trail, oldest first, by subject, person and time",
            description = "Roles: auditor. Rows are never changed or deleted over the API.")
    public Page<AuditEvent> list(@QueryParam("subject") String subject, @QueryParam("personId") String personId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return trail.find(QueryParams.text(subject), QueryParams.text(personId), QueryParams.instant("from", from),
                QueryParams.instant("to", to),
                QueryParams.page(limit, cursor));
    }
}
