package org.iwtraining.booking.notices;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.iwtraining.booking.outbox.OutboxService;

/**
 * Puts attendee notices into the outbox, in the transaction of the booking change. A confirmed place gets a
 * calendar invitation whose UID follows the booking; each later change or cancellation sends the same UID
 * with a higher SEQUENCE, so the attendee's calendar follows.
 */
@ApplicationScoped
public class NoticeService {

    private static final String UID_DOMAIN = "@booking.iw-training-suite";

    private final OutboxService outbox;
    private final EntityManager em;
    private final Clock clock;

    public NoticeService(OutboxService outbox, EntityManager em, Clock clock) {
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    /** @return the outbox event id, or null when the person has no e-mail address to write to */
    @Transactional(TxType.MANDATORY)
    public String notify(NoticeKind kind, NoticeBooking booking) {
        return notify(kind, booking, NoticeDetails.NONE);
    }

    /**
     * A notice with what its kind says beyond the booking (a wait reason, a cancellation reason, joining
     * instructions, fellow attendees). A reminder sends the booking's calendar entry again at its current
     * SEQUENCE; a trainer of a cancelled session gets a cancelling entry of their own.
     *
     * @return the outbox event id, or null when the recipient has no e-mail address to write to
     */
    @Transactional(TxType.MANDATORY)
    public String notify(NoticeKind kind, NoticeBooking booking, NoticeDetails details) {
        if (booking.email() == null || booking.email().isBlank()) {
            return null;
        }
        Integer sequence = switch (kind) {
            case CONFIRMED, PROMOTED -> openOrBump(booking.bookingId());
            case CHANGED, CANCELLED -> bumpIfOpen(booking.bookingId());
            case REMINDER -> currentOrOpen(booking.bookingId());
            case TRAINER_CANCELLED -> 1;
            case WAITLISTED, REMINDER_MANAGER, NO_SHOW, COMPLETED, NETWORK -> null;
        };
        String method = sequence == null ? null
                : kind == NoticeKind.CANCELLED || kind == NoticeKind.TRAINER_CANCELLED ? "CANCEL" : "REQUEST";
        String uid = sequence == null ? null
                : kind == NoticeKind.TRAINER_CANCELLED ? trainerUid(booking.sessionId(), booking.personId())
                : calendarUid(booking.bookingId());
        NoticePayload payload = new NoticePayload(kind, booking.bookingId(), booking.personId(), booking.name(), booking.email(),
                booking.sessionId(), booking.title(), booking.venue(), booking.parts(), booking.waitlistPosition(),
                uid, sequence, method, clock.instant(), details.waitReason(), details.cancellationReason(),
                details.cancellationNote(), details.joiningInstructions(), details.about(), details.contacts());
        // keyed by the booking, as erasure finds a person's notices; a trainer's or a network notice by its recipient
        String key = kind == NoticeKind.TRAINER_CANCELLED || kind == NoticeKind.NETWORK || booking.bookingId() == null
                ? booking.personId() : booking.bookingId();
        return outbox.publish(kind.eventType(), key, payload);
    }

    static String trainerUid(String sessionId, String trainerHrId) {
        return "session-" + sessionId + "-trainer-" + trainerHrId + UID_DOMAIN;
    }

    static String calendarUid(String bookingId) {
        return "booking-" + bookingId + UID_DOMAIN;
    }

    /** A first invitation is SEQUENCE 0; the same booking invited again (a promotion after a change) goes one higher. */
    private Integer openOrBump(String bookingId) {
        return ((Number) em.createNativeQuery("insert into notice_calendar (booking_id, sequence) values (?1, 0) "
                + "on conflict (booking_id) do update set sequence = notice_calendar.sequence + 1 returning sequence")
                .setParameter(1, bookingId).getSingleResult()).intValue();
    }

    /** A reminder re-sends the entry as it stands (a booking confirmed before invitations existed gets its first). */
    private Integer currentOrOpen(String bookingId) {
        return ((Number) em.createNativeQuery("insert into notice_calendar (booking_id, sequence) values (?1, 0) "
                + "on conflict (booking_id) do update set sequence = notice_calendar.sequence returning sequence")
                .setParameter(1, bookingId).getSingleResult()).intValue();
    }

    /** Only a booking that was sent an invitation has a calendar entry to update or cancel. */
    private Integer bumpIfOpen(String bookingId) {
        @SuppressWarnings("unchecked")
        List<Number> bumped = em.createNativeQuery("update notice_calendar set sequence = sequence + 1 where booking_id = ?1 returning sequence")
                .setParameter(1, bookingId).getResultList();
        return bumped.isEmpty() ? null : bumped.get(0).intValue();
    }
}
