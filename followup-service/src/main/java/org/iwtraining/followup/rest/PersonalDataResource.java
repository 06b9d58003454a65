package org.iwtraining.followup.rest;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.conventions.audit.AuditContext;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.security.Roles;
import org.iwtraining.followup.privacy.PersonalDataService;

/**
 * A person's data on booking-service's request: it owns the person, answers the data subject and gathers the
 * export; an erasure arrives from its outbox (person.erased), retried until it is applied.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "A person's data exported or erased, on booking-service's request")
public class PersonalDataResource {

    private final PersonalDataService data;
    private final AuditContext audit;
    private final Clock clock;

    public PersonalDataResource(PersonalDataService data, AuditContext audit, Clock clock) {
        this.clock = clock;
        this.data = data;
        this.audit = audit;
    }

    @GET
    @Path("people/{personId}/export")
    @RolesAllowed({ Roles.SERVICE, Roles.AUDITOR })
    @Audited(kind = "person", id = "personId", person = "personId")
    @Operation(operationId = "exportPerson",
            summary = "Everything followup-service holds on a person: cases with calls, reminders that mentioned them, audit rows",
            description = "booking-service's GET /people/{hrId}/export includes this answer. A person followup-service "
                    + "knows nothing of gets empty lists, not 404: booking-service owns the person.\n\nRoles: service, auditor")
    @APIResponse(responseCode = "200", description = "The person's data (empty lists when there is none)")
    public PersonExportView export(@PathParam("personId") @Size(max = 100) String personId) {
        return PersonExportView.from(data.export(personId), clock);
    }

    @POST
    @Path("erasures")
    @RolesAllowed(Roles.SERVICE)
    @Audited(kind = "person")
    @Operation(operationId = "erasePerson",
            summary = "Erase a person's data: name, contact details, call notes and their mentions in reminders become [erased]",
            description = "Sent by booking-service's outbox (person.erased). Cases and calls stay, with the person's id, "
                    + "so counts and figures are kept; open cases close ERASED (out of queues and calendars). Idempotent "
                    + "by eventId: a redelivery answers what the first did.\n\nRoles: service")
    @APIResponse(responseCode = "200", description = "What the erasure did (replay=true on a redelivery)")
    @APIResponse(responseCode = "400", description = "Malformed request")
    @APIResponse(responseCode = "409", description = "CONCURRENT_CHANGE: another erasure of the person ran at the same "
            + "moment; nothing was changed, send it again (it is then a replay)")
    public ErasureSummary erase(@Valid @NotNull ErasureRequest request) {
        audit.concerns(request.personId());
        return ErasureSummary.from(data.erase(request.eventId(), request.personId()));
    }
}
