package org.iwtraining.booking.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;

class CalendarInvitationTest {

    private static final NoticeBooking.Part MORNING = new NoticeBooking.Part(Instant.parse("2027-03-01T09:30:00Z"),
            Instant.parse("2027-03-01T12:00:00Z"));
    private static final NoticeBooking.Part NEXT_DAY = new NoticeBooking.Part(Instant.parse("2027-03-02T09:30:00Z"),
            Instant.parse("2027-03-02T12:00:00Z"));

    private static NoticePayload notice(NoticeKind kind, List<NoticeBooking.Part> parts, Integer sequence, String method) {
        return new NoticePayload(kind, "b-1", "hr-1", "Ada Lovelace", "ada@example.org", "s-1", "CAF for practitioners",
                "Civic Centre, Room 2", null, parts, kind == NoticeKind.WAITLISTED ? 3 : null,
                method == null ? null : NoticeService.calendarUid("b-1"), sequence, method, Instant.parse("2027-02-01T10:00:00Z"),
                null, null, null, null, null, null);
    }

    @Test
    void shouldInviteWithRequestStableUidAndSequence() {
        String ics = CalendarInvitation.of(notice(NoticeKind.CONFIRMED, List.of(MORNING), 0, "REQUEST"), "training@example.org");
        assertTrue(ics.contains("METHOD:REQUEST"), ics);
        assertTrue(ics.contains("UID:booking-b-1@booking.iw-training-suite"), ics);
        assertTrue(ics.contains("SEQUENCE:0"), ics);
        assertTrue(ics.contains("DTSTART:20270301T093000Z"), ics);
        assertTrue(ics.contains("DTEND:20270301T120000Z"), ics);
        assertTrue(ics.contains("LOCATION:Civic Centre\\, Room 2"), ics);
        assertTrue(ics.contains("ORGANIZER:mailto:training@example.org"), ics);
        assertTrue(ics.contains("mailto:ada@example.org"), ics);
        assertTrue(ics.contains("STATUS:CONFIRMED"), ics);
        assertFalse(ics.contains("RDATE"), ics);
    }

    @Test
    void shouldCancelTheSameUidWithAHigherSequence() {
        String ics = CalendarInvitation.of(notice(NoticeKind.CANCELLED, List.of(MORNING), 2, "CANCEL"), "training@example.org");
        assertTrue(ics.contains("METHOD:CANCEL"), ics);
        assertTrue(ics.contains("UID:booking-b-1@booking.iw-training-suite"), ics);
        assertTrue(ics.contains("SEQUENCE:2"), ics);
        assertTrue(ics.contains("STATUS:CANCELLED"), ics);
    }

    @Test
    void shouldCarryLaterPartsOfASessionAsPeriods() {
        String ics = CalendarInvitation.of(notice(NoticeKind.CONFIRMED, List.of(MORNING, NEXT_DAY), 0, "REQUEST"),
                "training@example.org");
        assertTrue(ics.contains("RDATE;VALUE=PERIOD:20270302T093000Z/20270302T120000Z"), ics);
        assertEquals(1, ics.split("BEGIN:VEVENT").length - 1, ics);
    }

    @Test
    void shouldWriteAWaitlistNoticeWithoutAnInvitation() {
        Mail mail = new NoticeComposer("training@example.org").compose(notice(NoticeKind.WAITLISTED, List.of(MORNING), null, null));
        assertEquals(List.of("ada@example.org"), mail.getTo());
        assertEquals("On the waiting list: CAF for practitioners", mail.getSubject());
        assertTrue(mail.getText().contains("position 3"), mail.getText());
        assertTrue(mail.getText().contains("Monday 1 March 2027, 09:30 to 12:00"), mail.getText());
        assertTrue(mail.getAttachments().isEmpty());
    }

    @Test
    void shouldTellAWaitlistedPersonTheirWaitIsCancelledWithoutAnInvitation() {
        NoticePayload waiting = new NoticePayload(NoticeKind.CANCELLED, "b-2", "hr-2", "Ada Lovelace", "ada@example.org", "s-1",
                "CAF for practitioners", null, null, List.of(MORNING), 2, null, null, null, Instant.parse("2027-02-01T10:00:00Z"),
                null, null, null, null, null, null);
        Mail mail = new NoticeComposer("training@example.org").compose(waiting);
        assertEquals("Place cancelled: CAF for practitioners", mail.getSubject());
        assertTrue(mail.getText().contains("your booking on the waiting list for this session is cancelled"), mail.getText());
        assertTrue(mail.getAttachments().isEmpty());
    }

    @Test
    void shouldAttachTheInvitationAsTextCalendarWithItsMethod() {
        Mail mail = new NoticeComposer("training@example.org").compose(notice(NoticeKind.CHANGED, List.of(MORNING), 1, "REQUEST"));
        assertEquals("Session changed: CAF for practitioners", mail.getSubject());
        assertEquals(1, mail.getAttachments().size());
        assertEquals("text/calendar; charset=UTF-8; method=REQUEST", mail.getAttachments().get(0).getContentType());
    }

    @Test
    void shouldPlaceAReminderInItsRoomWithTheVenueAndTheRoomsAccess() {
        NoticeRoom hall = new NoticeRoom("Hall", "Civic Centre", "1 High St", true, false, "Lift by the main door");
        NoticePayload reminder = new NoticePayload(NoticeKind.REMINDER, "b-3", "hr-3", "Ada Lovelace", "ada@example.org", "s-1",
                "CAF for practitioners", null, hall, List.of(MORNING), null, NoticeService.calendarUid("b-3"), 0, "REQUEST",
                Instant.parse("2027-02-01T10:00:00Z"), null, null, null, "Bring your CAF form.", null, null);
        Mail mail = new NoticeComposer("training@example.org").compose(reminder);
        String text = mail.getText();
        assertTrue(text.contains("Where: Hall, Civic Centre, 1 High St\n"), text);
        assertTrue(text.contains("  Room: Hall, Civic Centre, 1 High St\n  Access: step-free access; no hearing loop. "
                + "Lift by the main door\n  Bring your CAF form.\n"), text);
        String ics = CalendarInvitation.of(reminder, "training@example.org").replace("\r\n ", "");
        assertTrue(ics.contains("LOCATION:Hall\\, Civic Centre\\, 1 High St\r\n"), ics);
        assertTrue(ics.contains("Room access: step-free access\\; no hearing loop. Lift by the main door"), ics);

        // a free-text venue beside the room adds to it; without a room it is the place, as before
        assertEquals("Hall, Civic Centre, 1 High St (use the side entrance)", NoticeRoom.where("use the side entrance", hall));
        assertEquals("Town Hall", NoticeRoom.where("Town Hall", null));
        assertTrue(new NoticeComposer("training@example.org").compose(notice(NoticeKind.REMINDER, List.of(MORNING), 0, "REQUEST"))
                .getText().contains("  Venue: Civic Centre, Room 2\n  Please arrive"));
    }
}
