package org.iwtraining.console.client;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way to booking-service. Reads (and a booking, which carries an {@code Idempotency-Key}, so a repeat is
 * answered as the first) are retried while the service cannot answer; the other changes are sent once, since a
 * timed-out change may have been made. Refusals are neither retried nor counted by the circuit breaker.
 */
@ApplicationScoped
@Timeout(5000)
@Retry(maxRetries = 2, delay = 100, abortOn = ServiceRefusedException.class)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = ServiceRefusedException.class)
public class BookingClient {

    private final BookingApi api;

    BookingClient(@RestClient BookingApi api) {
        this.api = api;
    }

    public Page<BookingData.Session> sessions(SessionQuery query) {
        return api.sessions(query);
    }

    public BookingData.Session session(String id) {
        return api.session(id);
    }

    public Page<BookingData.Booking> sessionBookings(String sessionId, int limit, String cursor) {
        return api.sessionBookings(sessionId, limit, cursor);
    }

    /** The attendees who consented to share their contact details: a session's few, in one list. */
    public List<BookingData.Contact> contacts(String sessionId) {
        return api.contacts(sessionId);
    }

    /** Idempotent by {@code idempotencyKey}: the form's own, so a second press of the button books no one twice. */
    public BookingData.Booking book(String sessionId, String idempotencyKey, String personId) {
        return api.book(sessionId, idempotencyKey, new BookingData.BookingQuestion(personId));
    }

    /** Idempotent by {@code idempotencyKey} (the form's own): a repeat is answered as the first, never a second seat. */
    public BookingData.Booking confirm(String bookingId, String idempotencyKey) {
        return api.confirm(bookingId, idempotencyKey);
    }

    @Retry(maxRetries = 0)
    public BookingData.Booking cancel(String bookingId, String reason, String note) {
        return api.cancel(bookingId, new BookingData.CancelQuestion(reason, note));
    }

    @Retry(maxRetries = 0)
    public void attendance(String sessionId, List<BookingData.AttendanceQuestion> register) {
        api.attendance(sessionId, register);
    }

    public Page<BookingData.Person> people(String q, int limit, String cursor) {
        return api.people(q, limit, cursor);
    }

    public BookingData.Person person(String hrId) {
        return api.person(hrId);
    }

    public BookingData.TrainingRecord trainingRecord(String hrId) {
        return api.trainingRecord(hrId);
    }

    public Page<BookingData.Booking> personBookings(String hrId, int limit) {
        return api.personBookings(hrId, limit);
    }

    /** Idempotent by {@code idempotencyKey} (the form's own): a second press proposes nothing twice. */
    public CohortData.Cohort proposeCohort(String idempotencyKey, CohortData.CohortQuestion question) {
        return api.proposeCohort(idempotencyKey, question);
    }

    public CohortData.Cohort cohort(String id) {
        return api.cohort(id);
    }

    /** All or nothing on the service's side; sent once, since a timed-out confirmation may have booked everyone. */
    @Retry(maxRetries = 0)
    public CohortData.Cohort confirmCohort(String id) {
        return api.confirmCohort(id);
    }

    public List<ReportData.SessionRow> sessionReport(String from, String to) {
        return api.sessionReport(from, to);
    }

    public List<ReportData.AgencyRow> agencyReport(String from, String to) {
        return api.agencyReport(from, to);
    }

    public List<ReportData.CompletionRow> completionReport(String by, String from, String to) {
        return api.completionReport(by, from, to);
    }

    public String reportCsv(String report, String from, String to) {
        return api.reportCsv(report, from, to);
    }

    /** The named sessions in one request (booking-service takes up to 500 ids), by start. */
    public List<BookingData.Session> sessionsById(List<String> ids) {
        return ids.isEmpty() ? List.of() : api.sessionsById(ids, Math.min(500, ids.size())).items();
    }
}
