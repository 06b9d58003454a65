package org.iwtraining.followup.rest;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;
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

    public FollowupResource(CaseService cases, ReminderService reminders) {
        this.cases = cases;
        this.reminders = reminders;
    }

    @RolesAllowed({ Roles.SERVICE, Roles.COORDINATOR })
    @POST
    @Operation(summary = "Open a follow-up case for a train-the-trainer completion",
            description = "Idempotent on (personId, moduleRef, sessionId): a repeat answers 200 with the existing case, "
                    + "and reopens a case closed REVOKED. The first call is due 14 days after the training, on a working day.")
    @APIResponse(responseCode = "201", description = "Case opened", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "200", description = "The case already existed (reopened if it was REVOKED)",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "422", description = "UNKNOWN_CALLER")
    public RestResponse<CaseView> open(@Valid @NotNull FollowupRequest request, @Context UriInfo uri) {
        CaseService.Opened opened = cases.open(request.draft());
        CaseView view = CaseView.from(opened.followup());
        if (!opened.created()) {
            return RestResponse.ok(view);
        }
        return ResponseBuilder.<CaseView>created(location(uri, "followups", view.id())).entity(view).build();
    }

    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @GET
    @Operation(summary = "List cases, by id; filters: status, personId, callerId, dueBefore (next call due before that date)")
    @APIResponse(responseCode = "200", description = "A page of cases")
    @APIResponse(responseCode = "400", description = "Malformed filter, limit or cursor")
    public Page<CaseView> list(@QueryParam("status") @Schema(implementation = CaseStatus.class) String status,
            @QueryParam("personId") String personId, @QueryParam("callerId") String callerId,
            @QueryParam("dueBefore") @Schema(implementation = LocalDate.class) String dueBefore,
            @QueryParam("limit") @Schema(implementation = Integer.class) String limit,
            @QueryParam("cursor") String cursor) {
        CaseService.CaseFilter filter = new CaseService.CaseFilter(QueryParams.code("status", status, CaseStatus.class),
                personId, callerId, QueryParams.date("dueBefore", dueBefore));
        return cases.list(filter, QueryParams.page(limit, cursor)).map(CaseView::from);
    }

    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @GET
    @Path("{id}")
    @Operation(summary = "A case with its calls; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such case")
    public RestResponse<CaseView> get(@PathParam("id") String id) {
        FollowupCase found = cases.get(id).orElseThrow(() -> ApiException.notFound("Follow-up case", id));
        return versioned(found);
    }

    @RolesAllowed({ Roles.COORDINATOR, Roles.CALLER })
    @POST
    @Path("{id}/calls")
    @Operation(summary = "Record a call",
            description = "CASCADE_STARTED closes the case; NOT_STARTED makes the next call due 14 days after this one "
                    + "(next working day); NO_CONTACT retries 2 working days later and keeps the call's number.")
    @APIResponse(responseCode = "201", description = "Call recorded; the body is the case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, e.g. calledAt in the future")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "CASE_CLOSED")
    public RestResponse<CaseView> recordCall(@PathParam("id") String id, @Valid @NotNull CallRequest request,
            @Context UriInfo uri) {
        CaseService.Recorded recorded = cases.recordCall(id, request.report());
        return ResponseBuilder.<CaseView>created(location(uri, "followups", id, "calls", recorded.callId()))
                .entity(CaseView.from(recorded.followup())).build();
    }

    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @GET
    @Path("{id}/calls/{callId}")
    @Operation(summary = "One call of a case")
    @APIResponse(responseCode = "200", description = "The call")
    @APIResponse(responseCode = "404", description = "No such call on this case")
    public CallView call(@PathParam("id") String id, @PathParam("callId") String callId) {
        return cases.call(id, callId).map(CallView::from).orElseThrow(() -> ApiException.notFound("Call", callId));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Path("{id}/close")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Close a case (administrator): CLOSED_BY_ADMIN")
    @APIResponse(responseCode = "200", description = "The closed case")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "CASE_CLOSED")
    public CaseView close(@PathParam("id") String id) {
        return CaseView.from(cases.close(id));
    }

    @RolesAllowed(Roles.COORDINATOR)
    @PUT
    @Path("{id}/caller")
    @Operation(summary = "Assign the case's calls to a caller; If-Match (the case's ETag) is honoured when sent")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "UNKNOWN_CALLER")
    public RestResponse<CaseView> assignCaller(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CallerAssignment request) {
        return versioned(cases.assignCaller(id, request.callerId(), ifMatch));
    }

    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @GET
    @Path("{id}/reminders")
    @Operation(summary = "The reminders about a case (digests that listed it, its escalations), newest first")
    @APIResponse(responseCode = "200", description = "A page of reminders")
    @APIResponse(responseCode = "404", description = "No such case")
    public Page<ReminderView> reminders(@PathParam("id") String id,
            @QueryParam("limit") @Schema(implementation = Integer.class) String limit, @QueryParam("cursor") String cursor) {
        return reminders.forCase(id, QueryParams.page(limit, cursor)).map(ReminderView::from);
    }

    /** A case with its version as the ETag, which {@code PUT /followups/{id}/caller} may send back in If-Match. */
    private static RestResponse<CaseView> versioned(FollowupCase c) {
        return ResponseBuilder.ok(CaseView.from(c)).tag(Preconditions.etag(c.version)).build();
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
