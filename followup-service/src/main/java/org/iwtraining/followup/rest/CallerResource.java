package org.iwtraining.followup.rest;

import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;
import org.iwtraining.followup.callers.CalendarFeed;
import org.iwtraining.followup.callers.CallerService;
import org.iwtraining.followup.reminders.ReminderService;

@Path("/callers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Callers", description = "Callers, their work queues, calendar feeds and reminders")
public class CallerResource {

    private final CallerService callers;
    private final CalendarFeed feed;
    private final ReminderService reminders;

    public CallerResource(CallerService callers, CalendarFeed feed, ReminderService reminders) {
        this.callers = callers;
        this.feed = feed;
        this.reminders = reminders;
    }

    @RolesAllowed(Roles.COORDINATOR)
    @POST
    @Operation(summary = "Add a caller")
    @APIResponse(responseCode = "201", description = "Caller added", content = @Content(schema = @Schema(implementation = CallerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    public RestResponse<CallerView> create(@Valid @NotNull CallerRequest request, @Context UriInfo uri) {
        CallerView created = CallerView.from(callers.create(request.draft()));
        return ResponseBuilder.<CallerView>created(FollowupResource.location(uri, "callers", created.id()))
                .entity(created).build();
    }

    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR })
    @GET
    @Operation(summary = "List callers, by id (the configured default caller has the id 'default')")
    @APIResponse(responseCode = "200", description = "A page of callers")
    @APIResponse(responseCode = "400", description = "Malformed limit or cursor")
    public Page<CallerView> list(@QueryParam("limit") @Schema(implementation = Integer.class) String limit,
            @QueryParam("cursor") String cursor) {
        return callers.list(QueryParams.page(limit, cursor)).map(CallerView::from);
    }

    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @GET
    @Path("{id}")
    @Operation(summary = "A caller")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "404", description = "No such caller")
    public CallerView get(@PathParam("id") String id) {
        return callers.get(id).map(CallerView::from).orElseThrow(() -> ApiException.notFound("Caller", id));
    }

    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @GET
    @Path("{id}/queue")
    @Operation(summary = "The calls due on the date (default today, Europe/London) and the overdue ones, oldest first")
    @APIResponse(responseCode = "200", description = "A page of calls to make")
    @APIResponse(responseCode = "404", description = "No such caller")
    @APIResponse(responseCode = "400", description = "Malformed date, limit or cursor")
    public Page<QueueItemView> queue(@PathParam("id") String id,
            @QueryParam("date") @Schema(implementation = LocalDate.class) String date,
            @QueryParam("limit") @Schema(implementation = Integer.class) String limit,
            @QueryParam("cursor") String cursor) {
        return callers.queue(id, QueryParams.date("date", date), QueryParams.page(limit, cursor)).map(QueueItemView::from);
    }

    @PermitAll
    @GET
    @Path("{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "The caller's iCalendar feed: one all-day event per open case's next call",
            description = "Stable UIDs (one per case); SEQUENCE grows when the due date moves; a closed case's event "
                    + "stays for 60 days with STATUS:CANCELLED.")
    @APIResponse(responseCode = "200", description = "An RFC 5545 calendar")
    @APIResponse(responseCode = "404", description = "No such caller")
    public String calendar(@PathParam("id") String id) {
        return feed.forCaller(id);
    }

    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @GET
    @Path("{id}/reminders")
    @Operation(summary = "The reminders sent (or failing) for a caller's calls, newest first")
    @APIResponse(responseCode = "200", description = "A page of reminders")
    @APIResponse(responseCode = "404", description = "No such caller")
    public Page<ReminderView> reminders(@PathParam("id") String id,
            @QueryParam("limit") @Schema(implementation = Integer.class) String limit, @QueryParam("cursor") String cursor) {
        return reminders.forCaller(id, QueryParams.page(limit, cursor)).map(ReminderView::from);
    }
}
