package org.iwtraining.booking.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.Attendance;
import org.iwtraining.booking.Booking;
import org.iwtraining.booking.Completion;
import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.OutboxStatus;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.Waiver;
import org.iwtraining.booking.outbox.OutboxEventType;
import org.iwtraining.booking.outbox.OutboxPayloads;
import org.iwtraining.booking.outbox.OutboxService;
import org.iwtraining.conventions.problem.DomainException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Erases a person's data from booking-service, in one transaction, and tells followup-service through the outbox
 * (person.erased, retried until it is applied there). Names become the marker; e-mail, phone and manager are
 * removed; consent is withdrawn, so they leave every contact list at once; the free text about them (waiver
 * reasons, booking override reasons) becomes the marker. Their data also left copies: the events and notices in
 * the outbox (and the webhook deliveries made of them), stored first responses of idempotent POSTs. All of it is
 * rewritten. Bookings, attendance and completions stay with the person's id: the training counts hold. Erasing
 * again erases what arrived since, which is nothing unless HR sent the person anew.
 */
@ApplicationScoped
@Transactional
public class Erasure {

    /** What erased names and free text read as. */
    public static final String MARKER = Redaction.MARKER;

    private final EntityManager em;
    private final Clock clock;
    private final OutboxService outbox;
    private final ObjectMapper json;

    public Erasure(EntityManager em, Clock clock, OutboxService outbox, ObjectMapper json) {
        this.em = em;
        this.clock = clock;
        this.outbox = outbox;
        this.json = json;
    }

    public ErasureReport erase(String hrId) {
        Person person = em.find(Person.class, hrId, LockModeType.PESSIMISTIC_WRITE);
        if (person == null) {
            throw DomainException.notFound("Person", hrId);
        }
        boolean first = person.erasedAt == null || holdsPersonalData(person);
        String fullName = person.givenName + " " + person.familyName;
        Redaction redaction = new Redaction(json, List.of(fullName, nullToEmpty(person.email), nullToEmpty(person.phone)),
                List.of(person.givenName, person.familyName));
        Instant now = clock.instant();

        List<String> bookingIds = em.createQuery("select b.id from Booking b where b.personId = ?1", String.class)
                .setParameter(1, hrId).getResultList();
        int[] outboxCounts = eraseOutbox(hrId, bookingIds, redaction);
        int responses = eraseStoredResponses(hrId, redaction);
        int waivers = em.createQuery("update Waiver w set w.reason = ?2 where w.personId = ?1 and w.reason <> ?2")
                .setParameter(1, hrId).setParameter(2, Redaction.MARKER).executeUpdate();
        em.createQuery("update TrainerAccreditation a set a.reason = ?2 where a.personId = ?1 and a.reason <> ?2")
                .setParameter(1, hrId).setParameter(2, Redaction.MARKER).executeUpdate();
        int bookingNotes = em.createQuery("update Booking b set b.overrideReason = ?2 where b.personId = ?1 "
                + "and b.overrideReason is not null and b.overrideReason <> ?2")
                .setParameter(1, hrId).setParameter(2, Redaction.MARKER).executeUpdate();

        person.givenName = Redaction.MARKER;
        person.familyName = Redaction.MARKER;
        person.email = null;
        person.phone = null;
        person.managerHrId = null;
        person.shareContactConsent = false;
        person.accessStepFree = false;
        person.accessHearingLoop = false;
        person.accessOther = false;
        person.accessNotes = null;
        person.erasedAt = now;
        String eventId = outbox.publish(OutboxEventType.PERSON_ERASED, hrId, new OutboxPayloads.PersonErased(hrId));
        return new ErasureReport(hrId, now, first, Booking.count("personId", hrId), Attendance.count("personId", hrId),
                Completion.count("personId", hrId), waivers, bookingNotes, outboxCounts[0], outboxCounts[1], responses, eventId);
    }

    /** Any personal field that is not (any longer) erased: HR sent the person anew after an erasure. */
    private static boolean holdsPersonalData(Person p) {
        return !Redaction.MARKER.equals(p.givenName) || !Redaction.MARKER.equals(p.familyName) || p.email != null
                || p.phone != null || p.managerHrId != null || p.shareContactConsent
                || Waiver.count("personId = ?1 and reason <> ?2", p.hrId, Redaction.MARKER) > 0;
    }

    /**
     * The outbox rows about the person (events keyed by their id, notices keyed by their bookings, and the webhook
     * deliveries of those events): every name and contact member erased. A notice not yet sent is withheld: there
     * is no address left to send it to.
     *
     * @return rows rewritten, notices withheld
     */
    private int[] eraseOutbox(String hrId, List<String> bookingIds, Redaction redaction) {
        List<String> keys = new ArrayList<>(bookingIds);
        keys.add(hrId);
        int rewritten = 0;
        int withheld = 0;
        for (OutboxEvent row : OutboxEvent.<OutboxEvent>list("key in ?1", keys)) {
            OutboxEventType type = OutboxEventType.ofWireName(row.type).orElse(null);
            if (type != null && type.destination() == OutboxEventType.Destination.MAIL && row.status == OutboxStatus.PENDING) {
                row.status = OutboxStatus.FAILED;
                row.lastError = "not sent: the person's data was erased";
                withheld++;
            }
            String payload = redaction.document(row.payload, true);
            String error = redaction.text(row.lastError);
            if (!payload.equals(row.payload) || (error != null && !error.equals(row.lastError))) {
                row.payload = payload;
                row.lastError = error;
                rewritten++;
            }
        }
        return new int[] { rewritten, withheld };
    }

    /** First responses of idempotent POSTs kept for replay that mention the person's id and one of their values. */
    private int eraseStoredResponses(String hrId, Redaction redaction) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select idem_key, scope, body from idempotency_record "
                + "where body is not null and strpos(body, ?1) > 0").setParameter(1, hrId).getResultList();
        int erased = 0;
        for (Object[] row : rows) {
            String body = (String) row[2];
            if (!redaction.mentions(body)) {
                continue;
            }
            em.createNativeQuery("update idempotency_record set body = ?1 where idem_key = ?2 and scope = ?3")
                    .setParameter(1, redaction.document(body, false)).setParameter(2, row[0]).setParameter(3, row[1])
                    .executeUpdate();
            erased++;
        }
        return erased;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
