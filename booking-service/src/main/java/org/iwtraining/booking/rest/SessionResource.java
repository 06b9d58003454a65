package org.iwtraining.booking.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.Requester;
import org.iwtraining.booking.TrainingProcess;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.attendance.AttendanceService;
import org.iwtraining.booking.bookings.BookingQueries;
import org.iwtraining.booking.bookings.BookingService;
import org.iwtraining.booking.bookings.Cancellation;
import org.iwtraining.booking.bookings.Placed;
import org.iwtraining.booking.sessions.SessionQueries;
import org.iwtraining.booking.sessions.SessionService;
import org.iwtraining.booking.sessions.SessionSnapshot;
import org.iwtraining.conventions.audit.AuditContext;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.http.EntityTags;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;

@Produces(MediaType.APPLICATION_JSON)
@Path("/sessions")
@Tag(name = "Sessions", description = "Deliveries of courses or modules, their places, attendance and contact lists")
public class SessionResource {

    /** The most sessions one list request may name by id: a page's largest. */
    private static final int MAX_IDS = 500;

    private final SessionService sessions;
    private final SessionQueries queries;
    private final BookingService bookings;
    private final BookingQueries places;
    private final AttendanceService attendance;
    private final Idempotency idempotency;
    private final Requesters requesters;
    private final AuditContext audit;

    public SessionResource(SessionService sessions, SessionQueries queries, BookingService bookings, BookingQueries places,
            AttendanceService attendance, Idempotency idempotency, Requesters requesters, AuditContext audit) {
        this.requesters = requesters;
        this.audit = audit;
        this.sessions = sessions;
        this.queries = queries;
        this.bookings = bookings;
        this.places = places;
        this.attendance = attendance;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "session")
    @Operation(operationId = "createSession", summary = "Create a session of a catalogue course, a run of a course's modules, or modules",
            description = "Roles: coordinator. Held to: the room's seats (ROOM_TOO_SMALL), trainers qualified for the "
                    + "session's process by its train-the-trainer module or an accreditation (TRAINER_NOT_QUALIFIED), the "
                    + "course rules as catalogue-service's POST /courses/check answers them (SESSION_RULES_BROKEN, with "
                    + "violations: PREREQUISITE_ORDER, COURSE_SEQUENCE, DURATION_EXCEEDS_PARTS, and for a whole course "
                    + "IW01_REQUIRED, INTRODUCTION_REQUIRED); overrideReason accepts the last two kinds and is stored. "
                    + "A trainer or room on an overlapping session is 409, also when two requests race.")
    @APIResponse(responseCode = "201", description = "Created (or the first answer, replayed for a repeated Idempotency-Key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)),
            headers = { @Header(name = "Location", ref = "Location"),
                    @Header(name = "ETag", ref = "ETag"),
                    @Header(name = "Idempotent-Replayed", ref = "Idempotent-Replayed") })
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field")
    @APIResponse(responseCode = "409", description = "TRAINER_CLASH or ROOM_CLASH: a trainer or the room is on an overlapping session")
    @APIResponse(responseCode = "422", description = "UNKNOWN_MODULE, MODULE_RETIRED, UNKNOWN_COURSE, PROCESS_REQUIRED, AUDIENCE_REQUIRED, "
            + "UNKNOWN_TRAINER, UNKNOWN_ROOM, ROOM_TOO_SMALL, TRAINER_NOT_QUALIFIED, SESSION_RULES_BROKEN")
    @APIResponse(responseCode = "503", description = "CATALOGUE_UNAVAILABLE: nothing was created")
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid SessionRequest request) {
        return idempotency.run(key, "POST /sessions", request, () -> {
            TrainingSession session = sessions.create(request.draft());
            SessionView view = view(session.id);
            return Response.created(UriBuilder.fromPath("/sessions/{id}").build(session.id)).tag(EntityTags.of(view))
                    .entity(view).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.HR_SYSTEM, Roles.AUDITOR, Roles.VIEWER })
    @Operation(operationId = "listSessions",
            summary = "List sessions by start", description = "Roles: coordinator, agency-lead, hr-system, auditor, viewer.")
    public Page<SessionView> list(@QueryParam("module") String module, @QueryParam("process") String process,
            @Parameter(description = "First day, YYYY-MM-DD (Europe/London)") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD (Europe/London)") @QueryParam("to") String to,
            @QueryParam("hasSpace") String hasSpace, @QueryParam("trainer") String trainer,
            @Parameter(description = "Only these sessions (repeat the parameter, at most " + MAX_IDS + "): a page that "
                    + "names several sessions, such as a cohort's proposal, reads them in one request")
            @QueryParam("id") List<String> ids,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        if (ids != null && ids.size() > MAX_IDS) {
            throw ApiException.invalidField("id", "at most " + MAX_IDS + " sessions in one request");
        }
        Page<SessionSnapshot> page = queries.list(QueryParams.text(module), QueryParams.code("process", process, TrainingProcess.class),
                QueryParams.date("from", from), QueryParams.date("to", to), QueryParams.bool("hasSpace", hasSpace), QueryParams.text(trainer),
                ids == null ? List.of() : ids.stream().filter(id -> !id.isBlank()).toList(), QueryParams.page(limit, cursor));
        return page.map(SessionView::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.HR_SYSTEM, Roles.AUDITOR, Roles.VIEWER })
    // a coordinator's answer may show attendees' access needs: that read is on the audit trail, the others are not
    @Audited(kind = "session", id = "id", onlyWhenConcerningPeople = true)
    @Operation(operationId = "getSession", summary = "A session with capacity, confirmed and waitlisted counts, agency counts and mix status",
            description = "Roles: coordinator, agency-lead, hr-system, auditor, viewer. A coordinator also sees "
                    + "accessMismatches: confirmed attendees whose access needs the room does not meet; such a read "
                    + "is recorded on the audit trail (who read whose needs).")
    @APIResponse(responseCode = "200", description = "The session; its ETag changes whenever any member does, counts included",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    @APIResponse(responseCode = "404", description = "Unknown session")
    public Response get(@PathParam("id") String id) {
        SessionView view = view(id);
        return Response.ok(view).tag(EntityTags.of(view)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "session", id = "id")
    @Operation(operationId = "updateSession", summary = "Change title, venue, room, parts, trainers, capacity or policy (If-Match required)",
            description = "Roles: coordinator. Held to the same checks as a new session; an override reason stored "
                    + "before is kept.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field")
    @APIResponse(responseCode = "404", description = "Unknown session")
    @APIResponse(responseCode = "409", description = "CAPACITY_BELOW_CONFIRMED, SESSION_CLOSED, TRAINER_CLASH, ROOM_CLASH")
    @APIResponse(responseCode = "422", description = "UNKNOWN_TRAINER, UNKNOWN_ROOM, ROOM_TOO_SMALL, TRAINER_NOT_QUALIFIED, SESSION_RULES_BROKEN")
    @APIResponse(responseCode = "503", description = "CATALOGUE_UNAVAILABLE: nothing was changed")
    @APIResponse(responseCode = "412", description = "Stale If-Match (the session changed since that ETag, counts included), or a weak tag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SessionUpdateRequest request) {
        // If-Match is compared, under the session's lock, with the tag of the representation as it is then
        TrainingSession session = sessions.update(id, ifMatch, () -> EntityTags.of(view(id)).getValue(), request.change());
        SessionView view = view(session.id);
        return Response.ok(view).tag(EntityTags.of(view)).build();
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "session", id = "id")
    @Operation(operationId = "cancelSession", summary = "Cancel a session that has not started, and every place on it, saying why",
            description = "Roles: coordinator. Records the reason, the free text and who cancelled (the token's subject); every "
                    + "attendee and trainer is told why, with a METHOD:CANCEL invitation. "
                    + "Cancelling again changes nothing.")
    @APIResponse(responseCode = "200", description = "The cancelled session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, an unknown reason, a reason the service keeps for itself "
            + "(NOT_GIVEN, SESSION_CANCELLED, LEFT_ORGANISATION) or OTHER without a note")
    @APIResponse(responseCode = "404", description = "Unknown session")
    @APIResponse(responseCode = "409", description = "SESSION_STARTED")
    public SessionView cancel(@PathParam("id") String id, @Valid CancelRequest request) {
        String by = requesters.current().subject();
        sessions.cancel(id, request == null ? Cancellation.notGiven(by) : request.cancellation(by));
        return view(id);
    }

    @POST
    @Path("/{id}/bookings")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD })
    @Audited(kind = "session", id = "id")
    @Operation(operationId = "bookSession",
            summary = "Book a person: confirmed, or waitlisted with the reason and position", description = "Roles: "
            + "coordinator, agency-lead (own agency). An agency lead books people of their own agency only (anyone "
            + "else is UNKNOWN_PERSON, as an unknown id is) and books over no refusal (OVERRIDE_NOT_ALLOWED).")
    @APIResponse(responseCode = "201", description = "CONFIRMED or WAITLISTED (or the first answer, replayed for a repeated Idempotency-Key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)),
            headers = { @Header(name = "Location", ref = "Location"),
                    @Header(name = "Idempotent-Replayed", ref = "Idempotent-Replayed") })
    @APIResponse(responseCode = "409", description = "ALREADY_BOOKED, OVERLAPPING_BOOKING, SESSION_CLOSED, IDEMPOTENCY_KEY_IN_USE")
    @APIResponse(responseCode = "422", description = "PREREQUISITE_MISSING (with missing), AUDIENCE_MISMATCH, ALREADY_TRAINED, PERSON_LEFT, UNKNOWN_PERSON, IDEMPOTENCY_KEY_REUSED, OVERRIDE_NOT_ALLOWED")
    @APIResponse(responseCode = "503", description = "CATALOGUE_UNAVAILABLE: nothing was booked")
    @APIResponse(responseCode = "404", description = "Unknown session")
    public Response book(@PathParam("id") @Size(max = 100) String id, @HeaderParam(Idempotency.HEADER) String key,
            @NotNull @Valid BookingRequest request) {
        Requester requester = requesters.current();
        audit.concerns(request.personId());
        return idempotency.run(key, "POST /sessions/" + id + "/bookings", request, () -> {
            Placed placed = bookings.book(id, request.personId(), request.overrideReason(), requester);
            return Response.created(UriBuilder.fromPath("/bookings/{id}").build(placed.booking().id)).entity(BookingView.from(placed)).build();
        });
    }

    @GET
    @Path("/{id}/bookings")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.AUDITOR })
    @Audited(kind = "session", id = "id")
    @Operation(operationId = "listSessionBookings",
            summary = "Confirmed places, then the waitlist, each first come first served", description = "Roles: "
            + "coordinator, agency-lead (own agency's places only), auditor. An agency lead sees the places of their "
            + "own agency's people only.")
    public Page<BookingView> bookings(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return places.ofSession(id, QueryParams.page(limit, cursor), requesters.current()).map(BookingView::from);
    }

    @POST
    @Path("/{id}/attendance")
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "session", id = "id")
    @Operation(operationId = "recordAttendance",
            summary = "Record (or correct) attendance per part; walk-ins included", description = "Roles: coordinator.")
    @APIResponse(responseCode = "200",
            description = "The attendance recorded, per person and part",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AttendanceView.class)))
    @APIResponse(responseCode = "409", description = "SESSION_NOT_STARTED or SESSION_CANCELLED")
    @APIResponse(responseCode = "422", description = "UNKNOWN_PERSON")
    public List<AttendanceView> attendance(@PathParam("id") String id,
            @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid AttendanceRequest> entries) {
        return attendance.record(id, entries.stream().map(AttendanceRequest::entry).toList()).stream().map(AttendanceView::from).toList();
    }

    @GET
    @Path("/{id}/contacts")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AUDITOR })
    @Audited(kind = "session", id = "id")
    @Operation(operationId = "listSessionContacts",
            summary = "Contact details of the attendees (before the session: the confirmed) who consented to share them",
            description = "Roles: coordinator, auditor.")
    public List<ContactView> contacts(@PathParam("id") String id) {
        return attendance.contacts(id).stream().map(ContactView::from).toList();
    }

    /**
     * The session as this asker sees it — a coordinator also sees the access mismatches — the same in every answer
     * (create, read, change), so that one representation has one ETag.
     */
    private SessionView view(String id) {
        SessionView view = queries.snapshot(id).map(SessionView::from).orElseThrow(() -> ApiException.notFound("Session", id));
        if (requesters.current().roles().contains(Roles.COORDINATOR)) {
            view = view.withAccessMismatches(queries.accessMismatches(id).stream()
                    .map(m -> new SessionView.AccessMismatchView(m.hrId(), m.need(), m.notes())).toList());
        }
        return view;
    }
}
