package org.iwtraining.console.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.console.client.BookingClient;
import org.iwtraining.console.client.BookingData;
import org.iwtraining.console.client.Page;
import org.iwtraining.console.client.SessionQuery;
import org.iwtraining.console.config.ConsoleConfig;

/** The sessions pages' content and actions, all through booking-service. */
@ApplicationScoped
public class Sessions {

    /** The services' largest page: a session's places are read in as few calls as that allows. */
    private static final int LARGEST_PAGE = 500;

    private final BookingClient booking;
    private final Clock clock;
    private final int pageSize;

    Sessions(BookingClient booking, Clock clock, ConsoleConfig config) {
        this.booking = booking;
        this.clock = clock;
        this.pageSize = config.pageSize();
    }

    /** One page of the sessions the filter leaves, from today unless a month is chosen; {@code next} pages on. */
    public Page<SessionSummary> list(SessionFilter filter, String cursor) {
        SessionQuery query = new SessionQuery();
        if (filter.month() != null) {
            query.from = filter.month().atDay(1).toString();
            query.to = filter.month().atEndOfMonth().toString();
        } else {
            query.from = LocalDate.now(clock.withZone(When.LONDON)).toString();
        }
        query.process = filter.process();
        query.module = filter.module();
        query.hasSpace = filter.hasSpace() ? "true" : null;
        query.limit = pageSize;
        query.cursor = cursor;
        Page<BookingData.Session> page = booking.sessions(query);
        return new Page<>(page.items().stream().map(SessionSummary::from).toList(), page.next());
    }

    public SessionDetail detail(String id, boolean withContacts) {
        BookingData.Session session = booking.session(id);
        List<SessionDetail.Place> confirmed = new ArrayList<>();
        List<SessionDetail.Place> waitlist = new ArrayList<>();
        String cursor = null;
        do {
            Page<BookingData.Booking> page = booking.sessionBookings(id, LARGEST_PAGE, cursor);
            for (BookingData.Booking b : page.items()) {
                ("CONFIRMED".equals(b.status()) ? confirmed : waitlist).add(SessionDetail.Place.from(b));
            }
            cursor = page.next();
        } while (cursor != null);
        List<BookingData.Contact> contacts = withContacts ? booking.contacts(id) : List.of();
        List<String> parts = session.parts().size() < 2 ? List.of()
                : session.parts().stream().map(p -> "Part " + p.part() + ": " + When.span(p.startsAt(), p.endsAt())).toList();
        boolean started = !session.startsAt().isAfter(clock.instant());
        return new SessionDetail(SessionSummary.from(session), parts, Math.max(1, session.parts().size()),
                session.trainerHrIds(), session.entryRequirements(), confirmed, waitlist, contacts, started);
    }

    /**
     * Books a person, confirmed or on the waitlist (the session's page then says which); the same {@code idempotencyKey}
     * again books no one twice (booking-service replays the answer).
     */
    public void book(String sessionId, String idempotencyKey, String personId) {
        booking.book(sessionId, idempotencyKey, personId);
    }

    /**
     * A coordinator gives a waiting person a place while a seat is free, over their agency's cap; the same
     * {@code idempotencyKey} again gives nothing twice.
     */
    public void giveAPlace(String bookingId, String idempotencyKey) {
        booking.confirm(bookingId, idempotencyKey);
    }

    public void cancel(String bookingId, String reason, String note) {
        booking.cancel(bookingId, reason, note);
    }

    /**
     * The register as taken: for each person the parts they attended. Every part is ATTENDED, some PARTIAL, none
     * NO_SHOW; a one-part session sends no part numbers.
     */
    public void recordAttendance(String sessionId, Map<String, Set<Integer>> attendedParts, int partCount) {
        List<BookingData.AttendanceQuestion> register = new ArrayList<>();
        attendedParts.forEach((personId, parts) -> {
            String status = parts.isEmpty() ? "NO_SHOW" : parts.size() >= partCount ? "ATTENDED" : "PARTIAL";
            List<Integer> sent = "PARTIAL".equals(status) ? parts.stream().sorted().toList() : null;
            register.add(new BookingData.AttendanceQuestion(personId, status, sent));
        });
        booking.attendance(sessionId, register);
    }
}
