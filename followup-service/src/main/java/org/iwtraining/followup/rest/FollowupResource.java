package org.iwtraining.followup.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.iwtraining.conventions.audit.AuditContext;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.http.EntityTags;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;
import org.iwtraining.followup.CasePhase;
import org.iwtraining.followup.CaseStatus;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.cases.CaseService;
import org.iwtraining.followup.reminders.ReminderService;

@Path("/followups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up cases", description = "Train-the-trainer follow-up cases and their calls")
public class FollowupResource {

    private final CaseService cases;
    private final ReminderService reminders;
    private final Requesters requesters;
    private final AuditContext audit;
    private final Clock clock;

    public FollowupResource(CaseService cases, ReminderService reminders, Requesters requesters, AuditContext audit,
            Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.reminders = reminders;
        this.requesters = requesters;
        this.audit = audit;
    }

    @POST
    @RolesAllowed({ Roles.SERVICE, Roles.COORDINATOR })
    @Audited(kind = "case")
    @Operation(operationId = "createFollowup", summary = "Open a follow-up case for a train-the-trainer completion",
            description = "Idempotent on (personId, moduleRef, sessionId): a repeat answers 200 with the existing case, "
                    + "and reopens a case closed REVOKED. The first call is due 14 days after the training, on a working day, "
                    + "whatever else happens. Without a callerId the case goes to the covering caller (agencies, processes) "
                    + "with the fewest open cases, else the default caller. A cascade of the trainer in the process already "
                    + "kept (it arrived first) is applied at once: recorded, the first call still due."
                    + "\n\nRoles: service (booking-service), coordinator")
    @APIResponse(responseCode = "201", description = "Case opened", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "200", description = "The case already existed (reopened if it was REVOKED)",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "422", description = "UNKNOWN_CALLER")
    public RestResponse<CaseView> open(@Valid @NotNull FollowupRequest request, @Context UriInfo uri) {
        audit.concerns(request.personId());
        CaseService.Opened opened = cases.open(request.draft());
        CaseView view = CaseView.from(opened.followup(), clock);
        if (!opened.created()) {
            return RestResponse.ok(view);
        }
        return ResponseBuilder.<CaseView>created(location(uri, "followups", view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @Audited(kind = "case", person = "personId")
    @Operation(operationId = "listFollowups",
            summary = "List cases, by id; filters: status, phase, personId, callerId, dueBefore (next call due before that date)",
            description = "`phase` (AWAITING_FIRST_CALL, NOT_STARTED, STALLED) selects open cases in that phase; a closed "
                    + "case has none.\n\nRoles: coordinator, auditor, caller (only the cases assigned to them)")
    @APIResponse(responseCode = "200", description = "A page of cases")
    @APIResponse(responseCode = "400", description = "Malformed filter, limit or cursor")
    public Page<CaseView> list(@QueryParam("status") @Schema(implementation = CaseStatus.class, type = SchemaType.STRING) String status,
            @QueryParam("phase") @Schema(implementation = CasePhase.class, type = SchemaType.STRING) String phase,
            @QueryParam("personId") String personId, @QueryParam("callerId") String callerId,
            @QueryParam("dueBefore") @Schema(implementation = LocalDate.class) String dueBefore,
            @QueryParam("limit") @Schema(implementation = Integer.class) String limit,
            @QueryParam("cursor") String cursor) {
        CaseService.CaseFilter filter = new CaseService.CaseFilter(QueryParams.code("status", status, CaseStatus.class),
                QueryParams.code("phase", phase, CasePhase.class), personId, callerId, QueryParams.date("dueBefore", dueBefore));
        return cases.list(filter, QueryParams.page(limit, cursor), requesters.current()).map(c -> CaseView.from(c, clock));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @Audited(kind = "case", id = "id")
    @Operation(operationId = "getFollowup", summary = "A case with its calls; the ETag is a digest of this representation",
            description = "Roles: coordinator, auditor, caller (a case assigned to them)")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    @APIResponse(responseCode = "404", description = "No such case (or another caller's, asked by a caller)")
    public RestResponse<CaseView> get(@PathParam("id") String id) {
        FollowupCase found = cases.get(id, requesters.current()).orElseThrow(() -> ApiException.notFound("Follow-up case", id));
        return versioned(found);
    }

    @POST
    @Path("{id}/calls")
    @RolesAllowed({ Roles.COORDINATOR, Roles.CALLER })
    @Audited(kind = "case", id = "id")
    @Operation(operationId = "recordCall", summary = "Record a call",
            description = "CASCADE_STARTED closes the case; NOT_STARTED makes the next call due 14 days after this one "
                    + "(next working day), or on the working day after plannedCascadeOn when that is sooner; NO_CONTACT "
                    + "retries 2 working days later and keeps the call's number. When a cascade was detected before it, the "
                    + "first call (any outcome but NO_CONTACT) closes the case CASCADE_STARTED. After 3 NOT_STARTED calls "
                    + "or 4 NO_CONTACT attempts in a row (followup.stall.*) a case without a detected cascade is STALLED."
                    + "\n\nRoles: coordinator, caller (a case assigned to them)")
    @APIResponse(responseCode = "201", description = "Call recorded; the body is the case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, e.g. calledAt in the future")
    @APIResponse(responseCode = "404", description = "No such case (or another caller's, asked by a caller)")
    @APIResponse(responseCode = "409", description = "CASE_CLOSED")
    public RestResponse<CaseView> recordCall(@PathParam("id") String id, @Valid @NotNull CallRequest request,
            @Context UriInfo uri) {
        CaseService.Recorded recorded = cases.recordCall(id, request.report(), requesters.current());
        return ResponseBuilder.<CaseView>created(location(uri, "followups", id, "calls", recorded.callId()))
                .entity(CaseView.from(recorded.followup(), clock)).build();
    }

    @POST
    @Path("{id}/cascades")
    @RolesAllowed({ Roles.COORDINATOR, Roles.CALLER })
    @Audited(kind = "case", id = "id")
    @Operation(operationId = "recordCascade", summary = "Record a cascade the trainer delivered outside the suite",
            description = "An in-house session, with its date, the colleagues trained and, if known, them by agency and "
                    + "sector. Recorded on the case (open or closed: its reach counts) and on the trainer's other open cases "
                    + "of the process: before the first call it is recorded and the call stays due; after it, the case "
                    + "closes CASCADE_STARTED.\n\nRoles: coordinator, caller (a case assigned to them)")
    @APIResponse(responseCode = "201", description = "Cascade recorded; the body is the case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, e.g. a date in the future or before the training, "
            + "counts above the attendees")
    @APIResponse(responseCode = "404", description = "No such case (or another caller's, asked by a caller)")
    public RestResponse<CaseView> recordCascade(@PathParam("id") String id, @Valid @NotNull CascadeRequest request,
            @Context UriInfo uri) {
        FollowupCase c = cases.recordCascade(id, request.report(), requesters.current());
        return ResponseBuilder.<CaseView>created(location(uri, "followups", id)).entity(CaseView.from(c, clock)).build();
    }

    @PUT
    @Path("{id}/target")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "case", id = "id")
    @Operation(operationId = "setTarget", summary = "Set (or clear, with both null) the trainer's target: colleagues to reach by a date",
            description = "The case and the queue flag behindTarget while the colleagues reached fall short of the target "
                    + "pro rata of the time from the training to targetBy.\n\nRoles: coordinator")
    @APIResponse(responseCode = "200", description = "The case", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, e.g. one of the two without the other, targetBy not after the training")
    @APIResponse(responseCode = "404", description = "No such case")
    public RestResponse<CaseView> setTarget(@PathParam("id") String id, @Valid @NotNull TargetRequest request) {
        return versioned(cases.setTarget(id, request.targetColleagues(), request.targetBy()));
    }

    @GET
    @Path("{id}/calls/{callId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @Audited(kind = "call", id = "callId")
    @Operation(operationId = "getCall",
            summary = "One call of a case", description = "Roles: coordinator, auditor, caller (a case assigned to them)")
    @APIResponse(responseCode = "200", description = "The call")
    @APIResponse(responseCode = "404", description = "No such call on this case (or another caller's case, asked by a caller)")
    public CallView call(@PathParam("id") String id, @PathParam("callId") String callId) {
        return cases.call(id, callId, requesters.current()).map(CallView::from).orElseThrow(() -> ApiException.notFound("Call", callId));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "case", id = "id")
    @Operation(operationId = "closeFollowup",
            summary = "Close a case (administrator): CLOSED_BY_ADMIN", description = "Roles: coordinator")
    @APIResponse(responseCode = "200", description = "The closed case")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "CASE_CLOSED")
    public CaseView close(@PathParam("id") String id) {
        return CaseView.from(cases.close(id), clock);
    }

    @PUT
    @Path("{id}/caller")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "case", id = "id")
    @Operation(operationId = "assignCaller", summary = "Assign the case's calls to a caller (the history is kept); If-Match (the case's ETag) is honoured when sent",
            description = "Roles: coordinator")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "The case", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "UNKNOWN_CALLER")
    public RestResponse<CaseView> assignCaller(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CallerAssignment request) {
        return versioned(cases.assignCaller(id, request.callerId(), ifMatch, c -> EntityTags.of(CaseView.from(c, clock)).getValue()));
    }

    @GET
    @Path("{id}/reminders")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @Audited(kind = "case", id = "id")
    @Operation(operationId = "listFollowupReminders",
            summary = "The reminders about a case (digests that listed it, its escalations), newest first",
            description = "Roles: coordinator, auditor, caller (a case assigned to them)")
    @APIResponse(responseCode = "200", description = "A page of reminders")
    @APIResponse(responseCode = "404", description = "No such case (or another caller's, asked by a caller)")
    public Page<ReminderView> reminders(@PathParam("id") String id,
            @QueryParam("limit") @Schema(implementation = Integer.class) String limit, @QueryParam("cursor") String cursor) {
        return reminders.forCase(id, QueryParams.page(limit, cursor), requesters.current()).map(ReminderView::from);
    }

    /**
     * A case with its ETag, which {@code PUT /followups/{id}/caller} may send back in If-Match: a digest of the
     * representation, since its calls, cascades and updates are rows of their own that change without the case's version.
     */
    private RestResponse<CaseView> versioned(FollowupCase c) {
        CaseView view = CaseView.from(c, clock);
        return ResponseBuilder.ok(view).tag(EntityTags.of(view)).build();
    }

    /** The address of a resource under the service's base URI. */
    static URI location(UriInfo uri, String... segments) {
        var builder = uri.getBaseUriBuilder();
        for (String s : segments) {
            builder.path(s);
        }
        return builder.build();
    }
}
