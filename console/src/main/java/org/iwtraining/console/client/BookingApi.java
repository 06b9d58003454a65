package org.iwtraining.console.client;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** booking-service as the console reads and writes it; only {@link BookingClient} calls it. */
@RegisterRestClient(configKey = "booking")
@RegisterClientHeaders(SignedInBearer.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface BookingApi {

    @GET
    @Path("/sessions")
    Page<BookingData.Session> sessions(@BeanParam SessionQuery query);

    @GET
    @Path("/sessions/{id}")
    BookingData.Session session(@PathParam("id") String id);

    @GET
    @Path("/sessions/{id}/bookings")
    Page<BookingData.Booking> sessionBookings(@PathParam("id") String id, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("/sessions/{id}/contacts")
    List<BookingData.Contact> contacts(@PathParam("id") String id);

    @POST
    @Path("/sessions/{id}/bookings")
    BookingData.Booking book(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey,
            BookingData.BookingQuestion question);

    @POST
    @Path("/bookings/{id}/cancel")
    BookingData.Booking cancel(@PathParam("id") String bookingId, BookingData.CancelQuestion question);

    @POST
    @Path("/bookings/{id}/confirm")
    BookingData.Booking confirm(@PathParam("id") String bookingId, @HeaderParam("Idempotency-Key") String idempotencyKey);

    @POST
    @Path("/sessions/{id}/attendance")
    List<Object> attendance(@PathParam("id") String id, List<BookingData.AttendanceQuestion> register);

    @GET
    @Path("/people")
    Page<BookingData.Person> people(@QueryParam("q") String q, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("/people/{hrId}")
    BookingData.Person person(@PathParam("hrId") String hrId);

    @GET
    @Path("/people/{hrId}/training-record")
    BookingData.TrainingRecord trainingRecord(@PathParam("hrId") String hrId);

    @GET
    @Path("/people/{hrId}/bookings")
    Page<BookingData.Booking> personBookings(@PathParam("hrId") String hrId, @QueryParam("limit") int limit);

    @POST
    @Path("/cohorts")
    CohortData.Cohort proposeCohort(@HeaderParam("Idempotency-Key") String idempotencyKey,
            CohortData.CohortQuestion question);

    @GET
    @Path("/cohorts/{id}")
    CohortData.Cohort cohort(@PathParam("id") String id);

    @POST
    @Path("/cohorts/{id}/confirm")
    CohortData.Cohort confirmCohort(@PathParam("id") String id);

    @GET
    @Path("/reports/sessions")
    List<ReportData.SessionRow> sessionReport(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/reports/agencies")
    List<ReportData.AgencyRow> agencyReport(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/reports/completions")
    List<ReportData.CompletionRow> completionReport(@QueryParam("by") String by, @QueryParam("from") String from,
            @QueryParam("to") String to);

    /** A report as booking-service writes it in CSV ({@code report}: sessions, agencies or completions). */
    @GET
    @Path("/reports/{report}")
    @Produces("text/csv")
    String reportCsv(@PathParam("report") String report, @QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/sessions")
    Page<BookingData.Session> sessionsById(@QueryParam("id") List<String> ids, @QueryParam("limit") int limit);
}
