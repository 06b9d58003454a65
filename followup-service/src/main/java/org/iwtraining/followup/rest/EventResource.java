package org.iwtraining.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.conventions.audit.AuditContext;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.security.Roles;
import org.iwtraining.followup.events.EventService;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "What booking-service reports: cascades, leavers, changed details, revoked completions")
public class EventResource {

    private final EventService events;
    private final AuditContext audit;

    public EventResource(EventService events, AuditContext audit) {
        this.events = events;
        this.audit = audit;
    }

    @POST
    @Path("cascade-events")
    @RolesAllowed(Roles.SERVICE)
    @Audited(kind = "cascade-event")
    @Operation(operationId = "recordCascadeEvent", summary = "A trainer delivered a session of a process (cascade.started)",
            description = "Kept as a cascade and applied to the trainer's open cases of the process whose training ended by "
                    + "its date: on a case awaiting its first call it is recorded (updatedCases) and the call stays due; "
                    + "after the first call the case closes CASCADE_SESSION (closedCases). An event that matches no open "
                    + "case is kept, and a case opened later for the trainer and process applies it at once. Idempotent "
                    + "by (personId, process, sessionId)."
                    + "\n\nRoles: service (booking-service)")
    @APIResponse(responseCode = "200", description = "What the event did (replay=true on a redelivery)")
    @APIResponse(responseCode = "400", description = "Malformed event")
    public EventSummary cascade(@Valid @NotNull CascadeEventRequest request) {
        audit.concerns(request.personId());
        return EventSummary.from(events.cascade(request.notice()));
    }

    @POST
    @Path("person-events")
    @RolesAllowed(Roles.SERVICE)
    @Audited(kind = "person-event")
    @Operation(operationId = "recordPersonEvent", summary = "LEFT closes the person's open cases; UPDATED refreshes contact details and the line manager; "
            + "COMPLETION_REVOKED closes the case of that module and session with REVOKED",
            description = "Idempotent by eventId; an event that matches no case changes nothing."
                    + "\n\nRoles: service (booking-service)")
    @APIResponse(responseCode = "200", description = "What the event did (replay=true on a redelivery)")
    @APIResponse(responseCode = "400", description = "Malformed event")
    public EventSummary person(@Valid @NotNull PersonEventRequest request) {
        audit.concerns(request.personId());
        return EventSummary.from(events.person(request.notice()));
    }
}
