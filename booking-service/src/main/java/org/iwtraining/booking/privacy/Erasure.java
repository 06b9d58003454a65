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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Erases a person's data from booking-service, in one transaction, and tells followup-service through the outbox
 * (person.erased, retried until it is applied there). Names become the marker; e-mail, phone and manager are
 * removed; consent is withdrawn, so they leave every contact list at once; the free text about them (waiver
 * reasons, booking override reasons) becomes the marker. Their data also left copies: the events and notices in
 * the outbox (and the webhook deliveries made of them), their entries on the contact lists other attendees were
 * sent, their name and contacts as someone's line manager in rows about that person, stored first responses of
 * idempotent POSTs. All of it is rewritten. Bookings, attendance and completions stay with the person's id: the
 * training counts hold. Erasing again erases what arrived since, which is nothing unless HR sent the person anew.
 */
@ApplicationScoped
@Transactional
public class Erasure {

    /** What erased names and free text read as. */
    public static final String MARKER = Redaction.MARKER;
    /** The advisory lock key of {@link #oneAtATime}: "IWERASE" in ASCII. */
    private static final long ERASURE_LOCK = 0x49_57_45_52_41_53_45L;

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

    /**
     * One erasure at a time, until this transaction ends: an erasure rewrites other people's rows too (network lists,
     * a manager's copies), and two at once would lock those rows in opposite orders and deadlock. Taken before any
     * row lock; erasures are rare, so waiting costs nothing worth a finer lock. Re-entrant within a transaction.
     */
    public void oneAtATime() {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(:key)").setParameter("key", ERASURE_LOCK).getSingleResult();
    }

    public ErasureReport erase(String hrId) {
        oneAtATime();
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
        int[] listCounts = eraseFromOthersContactLists(person);
        int[] mentionCounts = eraseMentionsInOthersRows(person, keys(hrId, bookingIds),
                new Redaction(json, List.of(fullName, nullToEmpty(person.email), nullToEmpty(person.phone)), List.of()));
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
                Completion.count("personId", hrId), waivers, bookingNotes, outboxCounts[0] + listCounts[0] + mentionCounts[0],
                outboxCounts[1] + listCounts[1] + mentionCounts[1], responses, eventId);
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
        List<String> keys = keys(hrId, bookingIds);
        int rewritten = 0;
        int withheld = 0;
        for (OutboxEvent row : OutboxEvent.<OutboxEvent>list("key in ?1", keys)) {
            OutboxEventType type = OutboxEventType.ofWireName(row.type).orElse(null);
            if (type != null && type.destination() == OutboxEventType.Destination.MAIL && row.status == OutboxStatus.PENDING) {
                withhold(row);
                withheld++;
            }
            if (redact(row, redaction, true)) {
                rewritten++;
            }
        }
        return new int[] { rewritten, withheld };
    }

    /**
     * The practitioner-network notices sent to other attendees list the person's contacts, but are keyed by their
     * recipients: the person's entry leaves each of those lists, sent or not. A notice not yet sent that lists no
     * one any longer is withheld. The rows are found by the person's id (or, for lists written before entries
     * carried it, their e-mail address or phone) anywhere in the payload; {@link ContactLists} decides by entry.
     *
     * @return rows rewritten, notices withheld
     */
    private int[] eraseFromOthersContactLists(Person person) {
        ContactLists lists = new ContactLists(json, person.hrId, person.email, person.phone);
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select id from outbox_event where type = ?1 and event_key <> ?2 "
                + "and (strpos(payload, ?2) > 0 or strpos(payload, ?3) > 0 or strpos(payload, ?4) > 0)")
                .setParameter(1, OutboxEventType.NOTICE_NETWORK.wireName()).setParameter(2, person.hrId)
                .setParameter(3, orId(person.email, person.hrId)).setParameter(4, orId(person.phone, person.hrId)).getResultList();
        int rewritten = 0;
        int withheld = 0;
        for (String id : ids) {
            OutboxEvent row = OutboxEvent.findById(id);
            ContactLists.Rewritten without = lists.without(row.payload);
            if (without == null) {
                continue;
            }
            row.payload = without.document();
            rewritten++;
            if (without.nobodyLeft() && row.status == OutboxStatus.PENDING) {
                row.status = OutboxStatus.FAILED;
                row.lastError = "not sent: no one is left on the contact list";
                withheld++;
            }
        }
        return new int[] { rewritten, withheld };
    }

    /** The outbox keys of rows about the person: their id and their bookings'. */
    private static List<String> keys(String hrId, List<String> bookingIds) {
        List<String> keys = new ArrayList<>(bookingIds);
        keys.add(hrId);
        return keys;
    }

    /**
     * Rows about other people that carry the person as someone else's line manager: a manager's copy of a
     * reminder, a no-show or completion notice (keyed by the attendee's booking), {@code followup.requested} and
     * {@code person.updated} ({@code managerName}, {@code managerEmail}, keyed by the report), and their webhook
     * deliveries. Found by the person's e-mail address or phone; only their full name, e-mail and phone are
     * replaced there (a given name alone may be the report's too). A row naming them by name alone is not found.
     * A notice to them not yet sent (a manager's copy) is withheld.
     *
     * @return rows rewritten, notices withheld
     */
    private int[] eraseMentionsInOthersRows(Person person, List<String> ownKeys, Redaction redaction) {
        if ((person.email == null || person.email.isBlank()) && (person.phone == null || person.phone.isBlank())) {
            return new int[2];
        }
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("select id from outbox_event where type <> ?1 and event_key not in (?2) "
                + "and (strpos(payload, ?3) > 0 or strpos(payload, ?4) > 0)")
                .setParameter(1, OutboxEventType.NOTICE_NETWORK.wireName()).setParameter(2, ownKeys)
                .setParameter(3, orId(person.email, person.hrId)).setParameter(4, orId(person.phone, person.hrId)).getResultList();
        int rewritten = 0;
        int withheld = 0;
        for (String id : ids) {
            OutboxEvent row = OutboxEvent.findById(id);
            if (row.status == OutboxStatus.PENDING && addressedTo(row, person.email)) {
                withhold(row);
                withheld++;
            }
            if (redact(row, redaction, false)) {
                rewritten++;
            }
        }
        return new int[] { rewritten, withheld };
    }

    /** A notice (an e-mail) whose recipient is this address. */
    private boolean addressedTo(OutboxEvent row, String email) {
        OutboxEventType type = OutboxEventType.ofWireName(row.type).orElse(null);
        if (email == null || type == null || type.destination() != OutboxEventType.Destination.MAIL) {
            return false;
        }
        try {
            return email.equals(json.readTree(row.payload).path("email").asText(null));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** A contact detail to search by, or the id again when the person has none. */
    private static String orId(String value, String hrId) {
        return value == null || value.isBlank() ? hrId : value;
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

    /** A notice not yet sent that would carry the erased data: never sent. */
    private static void withhold(OutboxEvent row) {
        row.status = OutboxStatus.FAILED;
        row.lastError = "not sent: the person's data was erased";
    }

    /**
     * The row's payload and last error with the person's data replaced ({@code aboutThePerson}: every name and contact
     * member, the row being theirs); whether anything changed.
     */
    private static boolean redact(OutboxEvent row, Redaction redaction, boolean aboutThePerson) {
        String payload = redaction.document(row.payload, aboutThePerson);
        String error = redaction.text(row.lastError);
        if (payload.equals(row.payload) && (error == null || error.equals(row.lastError))) {
            return false;
        }
        row.payload = payload;
        row.lastError = error;
        return true;
    }
}
