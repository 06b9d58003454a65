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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.http.EntityTags;
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
    private final Requesters requesters;

    public CallerResource(CallerService callers, CalendarFeed feed, ReminderService reminders, Requesters requesters) {
        this.callers = callers;
        this.feed = feed;
        this.reminders = reminders;
        this.requesters = requesters;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "caller")
    @Operation(operationId = "createCaller", summary = "Add a caller",
            description = "`subject` is the `sub` of the caller's token: a caller's requests find their record by it, so no "
                    + "two callers share one. `agencies` and `processes` are what the caller covers: a new case without a "
                    + "callerId goes to the covering caller with the fewest open cases (each list given must hold the "
                    + "case's), else the default caller.\n\nRoles: coordinator")
    @APIResponse(responseCode = "201", description = "Caller added", content = @Content(schema = @Schema(implementation = CallerView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "409", description = "SUBJECT_TAKEN: another caller has that subject")
    public RestResponse<CallerView> create(@Valid @NotNull CallerRequest request, @Context UriInfo uri) {
        CallerView created = CallerView.from(callers.create(request.draft()));
        return ResponseBuilder.<CallerView>created(FollowupResource.location(uri, "callers", created.id()))
                .entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR })
    @Audited(kind = "caller")
    @Operation(operationId = "listCallers",
            summary = "List callers, by id (the configured default caller has the id 'default')",
            description = "Roles: coordinator, auditor")
    @APIResponse(responseCode = "200", description = "A page of callers")
    @APIResponse(responseCode = "400", description = "Malformed limit or cursor")
    public Page<CallerView> list(@QueryParam("limit") @Schema(implementation = Integer.class) String limit,
            @QueryParam("cursor") String cursor) {
        return callers.list(QueryParams.page(limit, cursor)).map(CallerView::from);
    }

    @GET
    @Path("me")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @Audited(kind = "caller")
    @Operation(operationId = "getOwnCaller", summary = "The caller record whose subject is the token's own",
            description = "How a caller's screen finds its caller id (for its queue and calendar feed) from the "
                    + "signed-in person alone.\n\nRoles: coordinator, auditor, caller (their own record)")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "404", description = "No caller has the token's subject")
    public CallerView mine() {
        return callers.bySubject(requesters.current()).map(CallerView::from)
                .orElseThrow(() -> new ApiException(404, "NOT_FOUND", "Caller not found",
                        "No caller has the subject of your token"));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @Audited(kind = "caller", id = "id")
    @Operation(operationId = "getCaller",
            summary = "A caller", description = "Roles: coordinator, auditor, caller (their own record only)")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "404", description = "No such caller (or another caller's, asked by a caller)")
    public CallerView get(@PathParam("id") String id) {
        return callers.get(id, requesters.current()).map(CallerView::from)
                .orElseThrow(() -> ApiException.notFound("Caller", id));
    }

    @GET
    @Path("{id}/queue")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @Audited(kind = "caller", id = "id")
    @Operation(operationId = "getCallerQueue", summary = "The calls due on the date (default today, Europe/London) and the overdue ones, oldest first, with their flags",
            description = "Roles: coordinator, auditor, caller (their own queue only)")
    @APIResponse(responseCode = "200", description = "A page of calls to make")
    @APIResponse(responseCode = "404", description = "No such caller (or another caller's, asked by a caller)")
    @APIResponse(responseCode = "400", description = "Malformed date, limit or cursor")
    public Page<QueueItemView> queue(@PathParam("id") String id,
            @QueryParam("date") @Schema(implementation = LocalDate.class) String date,
            @QueryParam("limit") @Schema(implementation = Integer.class) String limit,
            @QueryParam("cursor") String cursor) {
        return callers.queue(id, QueryParams.date("date", date), QueryParams.page(limit, cursor), requesters.current())
                .map(QueueItemView::from);
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces("text/calendar")
    @PermitAll
    @SecurityRequirements
    @Audited(kind = "caller", id = "id")
    @Operation(operationId = "getCalendarFeed",
            summary = "The caller's iCalendar feed: one all-day event per open case's next call",
            description = "Calendar clients send no bearer token: the feed takes the caller's calendar token instead "
                    + "(`?token=`, from `POST /callers/{id}/calendar-token`). Each event carries the trainer's name, the "
                    + "module and a link to the case, never a phone number or e-mail. Stable UIDs (one per case); "
                    + "SEQUENCE grows when the due date moves; a closed case's event stays for 60 days with "
                    + "STATUS:CANCELLED.\n\nRoles: none (no bearer token); the caller's calendar token")
    @APIResponse(responseCode = "200", description = "An RFC 5545 calendar, its lines folded at 75 octets", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    @APIResponse(responseCode = "404", description = "No such caller, or a missing, wrong or replaced token")
    public RestResponse<String> calendar(@PathParam("id") String id, @QueryParam("token") String token,
            @Context UriInfo uri) {
        String ics = feed.forCaller(id, token, uri.getBaseUri());
        // the tag is the feed's digest: an unchanged feed is answered 304 to a client that names it in If-None-Match
        return ResponseBuilder.ok(ics).tag(EntityTags.of(ics)).cacheControl(noStore()).build();
    }

    @POST
    @Path("{id}/calendar-token")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.COORDINATOR, Roles.CALLER })
    @Audited(kind = "caller", id = "id")
    @Operation(operationId = "issueCalendarToken",
            summary = "Issue a new calendar token for the caller's feed; the one before stops working at once",
            description = "The token is shown once, here, with the feed's address; only its hash is kept.\n\n"
                    + "Roles: coordinator, caller (their own only)")
    @APIResponse(responseCode = "200", description = "The new token and the feed's address",
            content = @Content(schema = @Schema(implementation = CalendarTokenView.class)))
    @APIResponse(responseCode = "404", description = "No such caller (or another caller's, asked by a caller)")
    public RestResponse<CalendarTokenView> rotateCalendarToken(@PathParam("id") String id, @Context UriInfo uri) {
        String token = callers.rotateCalendarToken(id, requesters.current());
        var feedUrl = uri.getBaseUriBuilder().path("callers").path(id).path("calendar.ics").queryParam("token", token)
                .build();
        return ResponseBuilder.ok(new CalendarTokenView(token, feedUrl.toString())).cacheControl(noStore()).build();
    }

    @GET
    @Path("{id}/reminders")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR, Roles.CALLER })
    @Audited(kind = "caller", id = "id")
    @Operation(operationId = "listCallerReminders",
            summary = "The reminders sent (or failing) for a caller's calls, newest first",
            description = "Roles: coordinator, auditor, caller (their own only)")
    @APIResponse(responseCode = "200", description = "A page of reminders")
    @APIResponse(responseCode = "404", description = "No such caller (or another caller's, asked by a caller)")
    public Page<ReminderView> reminders(@PathParam("id") String id,
            @QueryParam("limit") @Schema(implementation = Integer.class) String limit, @QueryParam("cursor") String cursor) {
        return reminders.forCaller(id, QueryParams.page(limit, cursor), requesters.current()).map(ReminderView::from);
    }

    /** Secrets and personal data stay out of caches. */
    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
