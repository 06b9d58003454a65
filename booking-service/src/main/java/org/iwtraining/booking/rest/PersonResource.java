package org.iwtraining.booking.rest;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.booking.Audience;
import org.iwtraining.booking.Completion;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.Waiver;
import org.iwtraining.booking.bookings.BookingQueries;
import org.iwtraining.booking.people.PersonImport;
import org.iwtraining.booking.people.PersonService;
import org.iwtraining.booking.people.TrainingRecordService;
import org.iwtraining.booking.people.UpsertResult;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.problem.ApiException;

@Path("/people")
@Tag(name = "People", description = "Staff from the HR system: upsert, import, leavers, training records")
public class PersonResource {

    private final PersonService people;
    private final PersonImport importer;
    private final TrainingRecordService records;
    private final PersonImportReader reader;
    private final BookingQueries places;

    public PersonResource(PersonService people, PersonImport importer, TrainingRecordService records, PersonImportReader reader,
            BookingQueries places) {
        this.people = people;
        this.importer = importer;
        this.records = records;
        this.reader = reader;
        this.places = places;
    }

    @GET
    @Operation(summary = "List people by HR id, filtered by agency, audience or name")
    public Page<PersonView> list(@QueryParam("agency") String agency, @QueryParam("audience") String audience,
            @Parameter(description = "Part of the name") @QueryParam("q") String q,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return people.list(QueryParams.text(agency), QueryParams.code("audience", audience, Audience.class), q,
                QueryParams.page(limit, cursor)).map(PersonView::from);
    }

    @PUT
    @Path("/{hrId}")
    @Operation(summary = "Create or update a person by the HR system's id (idempotent)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "200", description = "Updated or unchanged")
    @APIResponse(responseCode = "422", description = "UNKNOWN_AGENCY")
    public Response upsert(@PathParam("hrId") @Size(max = 100) String hrId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PersonRequest request) {
        PersonService.Upserted result = people.upsert(hrId, ifMatch, request.details());
        Response.ResponseBuilder builder = result.result() == UpsertResult.CREATED
                ? Response.created(URI.create("/people/" + hrId)) : Response.ok();
        return builder.tag(Preconditions.etag(result.person().version)).entity(PersonView.from(result.person())).build();
    }

    @GET
    @Path("/{hrId}")
    @Operation(summary = "Get a person")
    @APIResponse(responseCode = "404", description = "Unknown person")
    public Response get(@PathParam("hrId") String hrId) {
        Person person = people.require(hrId);
        return Response.ok(PersonView.from(person)).tag(Preconditions.etag(person.version)).build();
    }

    @DELETE
    @Path("/{hrId}")
    @Operation(summary = "A leaver: future places are cancelled (the waitlist moves up), the training record is kept")
    @APIResponse(responseCode = "204", description = "Marked as a leaver")
    public void leave(@PathParam("hrId") String hrId) {
        people.leave(hrId);
    }

    @POST
    @Path("/import")
    @Consumes({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(summary = "Bulk upsert of up to 10,000 people (JSON array or CSV with a header row); mode=full marks absent people as leavers")
    @APIResponse(responseCode = "200", description = "One result per row")
    public ImportView importPeople(@HeaderParam("Content-Type") String contentType,
            @Parameter(description = "upsert (default) or full") @QueryParam("mode") String mode, String body) {
        boolean full = "full".equals(mode);
        if (mode != null && !full && !"upsert".equals(mode)) {
            throw ApiException.invalidField("mode", "must be upsert or full");
        }
        return ImportView.from(importer.importRows(reader.read(contentType, body), full));
    }

    @GET
    @Path("/{hrId}/training-record")
    @Operation(summary = "A person's completions and waivers")
    public TrainingRecordView trainingRecord(@PathParam("hrId") String hrId) {
        return TrainingRecordView.from(records.record(hrId));
    }

    @POST
    @Path("/{hrId}/completions")
    @Operation(summary = "Record prior learning reported by HR")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "Already recorded")
    @APIResponse(responseCode = "422", description = "UNKNOWN_MODULE")
    public Response addCompletion(@PathParam("hrId") String hrId, @NotNull @Valid CompletionRequest request) {
        TrainingRecordService.Recorded<Completion> recorded = records.recordPriorLearning(hrId, request.priorLearning());
        return createdOrOk(hrId, recorded.created(), CompletionView.from(recorded.value()));
    }

    @POST
    @Path("/{hrId}/waivers")
    @Operation(summary = "Record a waiver of a waivable prerequisite")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "Already recorded")
    @APIResponse(responseCode = "422", description = "UNKNOWN_MODULE or NOT_WAIVABLE")
    public Response addWaiver(@PathParam("hrId") String hrId, @NotNull @Valid WaiverRequest request) {
        TrainingRecordService.Recorded<Waiver> recorded = records.waive(hrId, request.details());
        return createdOrOk(hrId, recorded.created(), WaiverView.from(recorded.value()));
    }

    @GET
    @Path("/{hrId}/bookings")
    @Operation(summary = "A person's places, oldest first, cancelled ones included")
    public Page<BookingView> bookings(@PathParam("hrId") String hrId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        people.require(hrId);
        return places.ofPerson(hrId, QueryParams.page(limit, cursor)).map(BookingView::from);
    }

    /** A new line of the training record is 201 (located at the record); one already there is 200. */
    private static Response createdOrOk(String hrId, boolean created, Object view) {
        Response.ResponseBuilder builder = created ? Response.created(URI.create("/people/" + hrId + "/training-record")) : Response.ok();
        return builder.entity(view).build();
    }
}
