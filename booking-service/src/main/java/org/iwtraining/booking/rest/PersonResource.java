package org.iwtraining.booking.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.Audience;
import org.iwtraining.booking.Completion;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.PersonSource;
import org.iwtraining.booking.Waiver;
import org.iwtraining.booking.bookings.BookingQueries;
import org.iwtraining.booking.people.PersonIds;
import org.iwtraining.booking.people.PersonImport;
import org.iwtraining.booking.people.PersonService;
import org.iwtraining.booking.people.TrainerService;
import org.iwtraining.booking.people.TrainingRecordService;
import org.iwtraining.booking.people.UpsertResult;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;

@Produces(MediaType.APPLICATION_JSON)
@Path("/people")
@Tag(name = "People", description = "Staff from the HR system: upsert, import, leavers, training records")
public class PersonResource {

    private static final String HR_ID = "The HR system's id: " + PersonIds.MESSAGE;

    private final PersonService people;
    private final PersonImport importer;
    private final TrainingRecordService records;
    private final PersonImportReader reader;
    private final BookingQueries places;
    private final Requesters requesters;
    private final TrainerService trainers;

    public PersonResource(PersonService people, PersonImport importer, TrainingRecordService records, PersonImportReader reader,
            BookingQueries places, Requesters requesters, TrainerService trainers) {
        this.trainers = trainers;
        this.requesters = requesters;
        this.people = people;
        this.importer = importer;
        this.records = records;
        this.reader = reader;
        this.places = places;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.HR_SYSTEM, Roles.AUDITOR })
    @Audited(kind = "person")
    @Operation(operationId = "listPeople", summary = "List people by HR id, filtered by agency, audience or name",
            description = "Roles: coordinator, agency-lead (own agency only), hr-system, auditor. An agency lead sees "
                    + "their own agency's people only; an agency filter naming another agency matches no one.")
    public Page<PersonView> list(@QueryParam("agency") String agency, @QueryParam("audience") String audience,
            @Parameter(description = "Part of the name, or the whole HR id (in any case)") @QueryParam("q") String q,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return people.list(QueryParams.text(agency), QueryParams.code("audience", audience, Audience.class), q,
                QueryParams.page(limit, cursor), requesters.current()).map(PersonView::from);
    }

    @PUT
    @Path("/{hrId}")
    @RolesAllowed({ Roles.HR_SYSTEM, Roles.COORDINATOR, Roles.AGENCY_LEAD })
    @Audited(kind = "person", id = "hrId", person = "hrId")
    @Operation(operationId = "upsertPerson", summary = "Create or update a person by their id (idempotent): an HR id, or a partner person's P-<agency>-<id>",
            description = "Roles: hr-system, coordinator, agency-lead (own agency). An agency lead registers and "
                    + "changes people of their own agency only: another agency's person is 404, as if unknown, and a "
                    + "body naming another agency is 422 AGENCY_NOT_OWN. Partner people (health trusts, police, "
                    + "schools, voluntary sector) have ids P-<agencyCode>-<id> of the body's agency, registered by a "
                    + "coordinator or an agency lead; no HR id begins P- (422 PARTNER_ID naming hrId). An agency lead "
                    + "creates partner people only (422 PARTNER_ID_REQUIRED naming hrId). accessNeeds absent leaves "
                    + "the recorded needs as they are.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "200", description = "Updated or unchanged", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field (hrId: " + PersonIds.MESSAGE + ")")
    @APIResponse(responseCode = "404", description = "Another agency's person (agency lead)")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(responseCode = "422", description = "UNKNOWN_AGENCY, AGENCY_NOT_OWN (agency lead), PARTNER_ID, PARTNER_ID_REQUIRED")
    public Response upsert(
            @Parameter(description = HR_ID) @PathParam("hrId") @Pattern(regexp = PersonIds.PATTERN, message = PersonIds.MESSAGE) String hrId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid PersonRequest request) {
        PersonService.Upserted result = people.upsert(hrId, ifMatch, request.details(), requesters.current());
        Response.ResponseBuilder builder = result.result() == UpsertResult.CREATED
                ? Response.created(UriBuilder.fromPath("/people/{hrId}").build(hrId)) : Response.ok();
        return builder.tag(Preconditions.etag(result.person().version)).entity(PersonView.from(result.person())).build();
    }

    @GET
    @Path("/{hrId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.HR_SYSTEM, Roles.AUDITOR })
    @Audited(kind = "person", id = "hrId", person = "hrId")
    @Operation(operationId = "getPerson",
            summary = "Get a person", description = "Roles: coordinator, agency-lead (own agency), hr-system, auditor. "
            + "Another agency's person is 404 to an agency lead.")
    @APIResponse(responseCode = "200", description = "The person",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    @APIResponse(responseCode = "404", description = "Unknown person")
    public Response get(@PathParam("hrId") String hrId) {
        Person person = people.require(hrId, requesters.current());
        return Response.ok(PersonView.from(person)).tag(Preconditions.etag(person.version)).build();
    }

    @DELETE
    @Path("/{hrId}")
    @RolesAllowed(Roles.HR_SYSTEM)
    @Audited(kind = "person", id = "hrId", person = "hrId")
    @Operation(operationId = "recordLeaver",
            summary = "A leaver: future places are cancelled (the waitlist moves up), the training record is kept",
            description = "Roles: hr-system.")
    @APIResponse(responseCode = "204", description = "Marked as a leaver")
    @APIResponse(responseCode = "404", description = "Unknown person")
    public void leave(@PathParam("hrId") String hrId) {
        people.leave(hrId);
    }

    @POST
    @Path("/import")
    @Consumes({ MediaType.APPLICATION_JSON, "text/csv" })
    @RolesAllowed(Roles.HR_SYSTEM)
    @Audited(kind = "person")
    @Operation(operationId = "importPeople",
            summary = "Bulk upsert of up to 10,000 people of one source (JSON array or CSV with a header row); mode=full marks absent people of that source as leavers",
            description = "Roles: hr-system. source=HR (default): HR ids, never beginning P-; source=PARTNER: each row's "
                    + "hrId is P-<agencyCode>-<id> of its own agency. A row breaking that, or whose hrId is not "
                    + PersonIds.MESSAGE + ", is rejected. mode=full makes leavers only of the import's source: an HR "
                    + "file never of partner people, a PARTNER file only of the agencies its accepted rows name. "
                    + "dryRun=true answers the same (every leaver listed) and applies nothing.")
    @APIResponse(responseCode = "200", description = "One result per row, and the leavers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "Bad mode, source or dryRun, or an unreadable body")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class,
                    description = "One object per person: hrId and the members of PUT /people/{hrId}'s body")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    description = "A header row naming hrId and the members of PUT /people/{hrId}'s body, then one row per person")) })
    public ImportView importPeople(@HeaderParam("Content-Type") String contentType,
            @Parameter(description = "upsert (default) or full") @QueryParam("mode") String mode,
            @Parameter(description = "HR (default) or PARTNER") @QueryParam("source") String source,
            @Parameter(description = "true: answer what the import would do, apply nothing") @QueryParam("dryRun") String dryRun,
            String body) {
        boolean full = "full".equals(mode);
        if (mode != null && !full && !"upsert".equals(mode)) {
            throw ApiException.invalidField("mode", "must be upsert or full");
        }
        PersonSource from = source == null ? PersonSource.HR : QueryParams.code("source", source, PersonSource.class);
        return ImportView.from(importer.importRows(reader.read(contentType, body), full, from,
                Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun))));
    }

    @GET
    @Path("/{hrId}/training-record")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.HR_SYSTEM, Roles.AUDITOR })
    @Audited(kind = "person", id = "hrId", person = "hrId")
    @Operation(operationId = "getTrainingRecord",
            summary = "A person's completions and waivers", description = "Roles: coordinator, agency-lead "
            + "(own agency), hr-system, auditor. Another agency's person is 404 to an agency lead.")
    public TrainingRecordView trainingRecord(@PathParam("hrId") String hrId) {
        return TrainingRecordView.from(records.record(hrId, requesters.current()));
    }

    @POST
    @Path("/{hrId}/completions")
    @RolesAllowed({ Roles.HR_SYSTEM, Roles.COORDINATOR })
    @Audited(kind = "person", id = "hrId", person = "hrId")
    @Operation(operationId = "recordCompletion",
            summary = "Record prior learning reported by HR", description = "Roles: hr-system, coordinator.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "Already recorded")
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field (hrId: " + PersonIds.MESSAGE + ")")
    @APIResponse(responseCode = "422", description = "UNKNOWN_MODULE")
    public Response addCompletion(
            @Parameter(description = HR_ID) @PathParam("hrId") @Pattern(regexp = PersonIds.PATTERN, message = PersonIds.MESSAGE) String hrId,
            @NotNull @Valid CompletionRequest request) {
        TrainingRecordService.Recorded<Completion> recorded = records.recordPriorLearning(hrId, request.priorLearning());
        return createdOrOk(hrId, recorded.created(), CompletionView.from(recorded.value()));
    }

    @POST
    @Path("/{hrId}/waivers")
    @RolesAllowed({ Roles.HR_SYSTEM, Roles.COORDINATOR })
    @Audited(kind = "person", id = "hrId", person = "hrId")
    @Operation(operationId = "recordWaiver",
            summary = "Record a waiver of a waivable prerequisite", description = "Roles: hr-system, coordinator.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "Already recorded")
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field (hrId: " + PersonIds.MESSAGE + ")")
    @APIResponse(responseCode = "422", description = "UNKNOWN_MODULE or NOT_WAIVABLE")
    public Response addWaiver(
            @Parameter(description = HR_ID) @PathParam("hrId") @Pattern(regexp = PersonIds.PATTERN, message = PersonIds.MESSAGE) String hrId,
            @NotNull @Valid WaiverRequest request) {
        TrainingRecordService.Recorded<Waiver> recorded = records.waive(hrId, request.details());
        return createdOrOk(hrId, recorded.created(), WaiverView.from(recorded.value()));
    }

    @POST
    @Path("/{hrId}/accreditations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Audited(kind = "person", id = "hrId", person = "hrId")
    @Operation(operationId = "accreditTrainer", summary = "Accredit a person to train a process without its train-the-trainer module",
            description = "Roles: coordinator. One accreditation per person and process; the reason and the coordinator are stored.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccreditationView.class)))
    @APIResponse(responseCode = "200", description = "Already accredited for that process (the accreditation as it is)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccreditationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field")
    @APIResponse(responseCode = "404", description = "Unknown person")
    public Response accredit(@PathParam("hrId") String hrId, @NotNull @Valid AccreditationRequest request) {
        TrainerService.Accredited accredited = trainers.accredit(hrId, request.process(), request.reason(), requesters.current());
        Response.ResponseBuilder builder = accredited.created()
                ? Response.created(UriBuilder.fromPath("/people/{hrId}/training-record").build(hrId)) : Response.ok();
        return builder.entity(AccreditationView.from(accredited.accreditation())).build();
    }

    @GET
    @Path("/{hrId}/bookings")
    @RolesAllowed({ Roles.COORDINATOR, Roles.AGENCY_LEAD, Roles.HR_SYSTEM, Roles.AUDITOR })
    @Audited(kind = "person", id = "hrId", person = "hrId")
    @Operation(operationId = "listPersonBookings",
            summary = "A person's places, oldest first, cancelled ones included", description = "Roles: "
            + "coordinator, agency-lead (own agency), hr-system, auditor. Another agency's person is 404 to an agency lead.")
    public Page<BookingView> bookings(@PathParam("hrId") String hrId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        people.require(hrId, requesters.current());
        return places.ofPerson(hrId, QueryParams.page(limit, cursor)).map(BookingView::from);
    }

    /** A new line of the training record is 201 (located at the record); one already there is 200. */
    private static Response createdOrOk(String hrId, boolean created, Object view) {
        Response.ResponseBuilder builder = created
                ? Response.created(UriBuilder.fromPath("/people/{hrId}/training-record").build(hrId)) : Response.ok();
        return builder.entity(view).build();
    }
}
