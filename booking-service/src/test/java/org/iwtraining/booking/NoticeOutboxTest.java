package org.iwtraining.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.iwtraining.booking.notices.NoticeBooking;
import org.iwtraining.booking.notices.NoticeKind;
import org.iwtraining.booking.notices.NoticeService;
import org.iwtraining.booking.outbox.OutboxDispatcher;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.mail.MailAttachment;
import io.vertx.ext.mail.MailMessage;

@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class NoticeOutboxTest {

    @Inject
    NoticeService notices;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MockMailbox mailbox;

    private static NoticeBooking booking(String bookingId, String email, String venue) {
        return new NoticeBooking(bookingId, "hr-" + bookingId, "Ada Lovelace", email, "s-" + bookingId, "CAF for practitioners",
                venue, List.of(new NoticeBooking.Part(Instant.parse("2027-03-01T09:30:00Z"), Instant.parse("2027-03-01T12:00:00Z"))),
                null);
    }

    private String notify(NoticeKind kind, NoticeBooking booking) {
        return QuarkusTransaction.requiringNew().call(() -> notices.notify(kind, booking));
    }

    private static String invitation(MailMessage message) {
        List<MailAttachment> attachments = message.getAttachment();
        assertEquals(1, attachments.size());
        return attachments.get(0).getData().toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldSendAConfirmationOnceWithAnInvitationThenUpdateAndCancelTheSameEntry() {
        String bookingId = UUID.randomUUID().toString();
        String email = bookingId + "@example.org";
        notify(NoticeKind.CONFIRMED, booking(bookingId, email, "Room 1"));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        List<MailMessage> sent = mailbox.getMailMessagesSentTo(email);
        assertEquals(1, sent.size(), "sent once, however often the dispatcher runs");
        assertEquals("Place confirmed: CAF for practitioners", sent.get(0).getSubject());
        String first = invitation(sent.get(0));
        assertTrue(first.contains("METHOD:REQUEST"), first);
        assertTrue(first.contains("UID:booking-" + bookingId + "@booking.iw-training-suite"), first);
        assertTrue(first.contains("SEQUENCE:0"), first);

        notify(NoticeKind.CHANGED, booking(bookingId, email, "Room 2"));
        notify(NoticeKind.CANCELLED, booking(bookingId, email, "Room 2"));
        dispatcher.dispatchDue();

        sent = mailbox.getMailMessagesSentTo(email);
        assertEquals(3, sent.size());
        String changed = invitation(sent.stream().filter(m -> m.getSubject().startsWith("Session changed")).findFirst().orElseThrow());
        assertTrue(changed.contains("METHOD:REQUEST") && changed.contains("SEQUENCE:1") && changed.contains("LOCATION:Room 2"), changed);
        assertTrue(changed.contains("UID:booking-" + bookingId + "@booking.iw-training-suite"), changed);
        String cancelled = invitation(sent.stream().filter(m -> m.getSubject().startsWith("Place cancelled")).findFirst().orElseThrow());
        assertTrue(cancelled.contains("METHOD:CANCEL") && cancelled.contains("SEQUENCE:2"), cancelled);
        assertTrue(cancelled.contains("UID:booking-" + bookingId + "@booking.iw-training-suite"), cancelled);
    }

    @Test
    void shouldFoldTheInvitationAt75OctetsForANonAsciiName() {
        String bookingId = UUID.randomUUID().toString();
        String email = bookingId + "@example.org";
        String name = "Zoë Åsa Þórdís Ñúñez-Żółćęśąńź Łukasiewicz-Ōtsuka 山田太郎 Ærøskøbing";
        String venue = "Salle Émile-Zola, Rathaus Straße, Ærøskøbing Bibliotek, 2. sal, lokale Ø";
        NoticeBooking placed = new NoticeBooking(bookingId, "hr-" + bookingId, name, email, "s-1", "Intégration et partage — CAF",
                venue, booking(bookingId, email, null).parts(), 4);
        notify(NoticeKind.CONFIRMED, placed);
        dispatcher.dispatchDue();
        String ics = invitation(mailbox.getMailMessagesSentTo(email).get(0));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line.getBytes(StandardCharsets.UTF_8).length + ": " + line);
        }
        assertTrue(!ics.contains("\uFFFD"), ics);
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("CN=" + name) || unfolded.contains("CN=\"" + name + "\""), unfolded);
        assertTrue(unfolded.contains("LOCATION:" + venue.replace(",", "\\,")), unfolded);
    }

    @Test
    void shouldWriteToTheWaitlistedWithoutAnInvitationAndInviteThemWhenPromoted() {
        String bookingId = UUID.randomUUID().toString();
        String email = bookingId + "@example.org";
        NoticeBooking waiting = new NoticeBooking(bookingId, "hr-" + bookingId, "Ada Lovelace", email, "s-1", "CAF for practitioners",
                null, booking(bookingId, email, null).parts(), 4);
        notify(NoticeKind.WAITLISTED, waiting);
        notify(NoticeKind.CHANGED, waiting);
        dispatcher.dispatchDue();

        List<MailMessage> sent = mailbox.getMailMessagesSentTo(email);
        assertEquals(2, sent.size());
        assertTrue(sent.stream().allMatch(m -> m.getAttachment() == null || m.getAttachment().isEmpty()),
                "no calendar entry before a place is confirmed");

        notify(NoticeKind.PROMOTED, booking(bookingId, email, null));
        dispatcher.dispatchDue();
        MailMessage promoted = mailbox.getMailMessagesSentTo(email).stream()
                .filter(m -> m.getSubject().startsWith("Place confirmed from the waiting list")).findFirst().orElseThrow();
        assertTrue(invitation(promoted).contains("SEQUENCE:0"));
    }

    @Test
    void shouldPublishNothingForAPersonWithoutAnEmailAddress() {
        String bookingId = UUID.randomUUID().toString();
        assertNull(notify(NoticeKind.CONFIRMED, booking(bookingId, null, "Room 1")));
        long rows = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", bookingId));
        assertEquals(0, rows);
    }
}
