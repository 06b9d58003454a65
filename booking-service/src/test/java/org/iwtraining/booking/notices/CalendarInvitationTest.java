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
                "Civic Centre, Room 2", parts, kind == NoticeKind.WAITLISTED ? 3 : null,
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
                "CAF for practitioners", null, List.of(MORNING), 2, null, null, null, Instant.parse("2027-02-01T10:00:00Z"),
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
}
