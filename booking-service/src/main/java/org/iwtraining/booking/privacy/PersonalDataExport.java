package org.iwtraining.booking.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.iwtraining.booking.Attendance;
import org.iwtraining.booking.Booking;
import org.iwtraining.booking.Completion;
import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.Waiver;
import org.iwtraining.booking.client.FollowupClient;
import org.iwtraining.conventions.audit.AuditTrail;
import org.iwtraining.conventions.problem.DomainException;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A person's data for a subject access request: booking-service's part read in one transaction, then
 * followup-service's part over its API (outside the transaction: no rows stay locked while it answers). An
 * unknown person is 404; an export without followup-service's part is not made (503).
 */
@ApplicationScoped
public class PersonalDataExport {

    /** At most this many audit rows about one person (oldest first). */
    static final int MAX_AUDIT_ROWS = 10_000;

    private final EntityManager em;
    private final Clock clock;
    private final AuditTrail audit;
    private final FollowupClient followup;

    public PersonalDataExport(EntityManager em, Clock clock, AuditTrail audit, FollowupClient followup) {
        this.em = em;
        this.clock = clock;
        this.audit = audit;
        this.followup = followup;
    }

    public PersonalData export(String hrId) {
        PersonalData own = QuarkusTransaction.requiringNew().call(() -> ownPart(hrId));
        JsonNode followupPart = followup.export(hrId);
        return new PersonalData(own.exportedAt(), own.person(), own.bookings(), own.attendance(), own.completions(),
                own.waivers(), own.trainerOfSessions(), own.messages(), own.audit(), followupPart);
    }

    private PersonalData ownPart(String hrId) {
        Person person = Person.<Person>findByIdOptional(hrId).orElseThrow(() -> DomainException.notFound("Person", hrId));
        List<Booking> bookings = Booking.list("personId = ?1 order by seq", hrId);
        List<String> keys = new ArrayList<>(bookings.stream().map(b -> b.id).toList());
        keys.add(hrId);
        List<OutboxEvent> messages = OutboxEvent.list("key in ?1 and webhookId is null order by createdAt, id", keys);
        List<String> trainerOf = em.createNativeQuery("select distinct session_id from session_trainer where hr_id = ?1 "
                + "order by session_id", String.class).setParameter(1, hrId).getResultList();
        return new PersonalData(clock.instant(), person, bookings,
                Attendance.list("personId = ?1 order by recordedAt, sessionId", hrId),
                Completion.list("personId = ?1 order by completedOn, id", hrId),
                Waiver.list("personId = ?1 order by recordedAt, id", hrId), trainerOf, messages,
                audit.aboutPerson(hrId, MAX_AUDIT_ROWS), null);
    }

}
