package org.iwtraining.booking.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.iwtraining.booking.Person;
import org.iwtraining.booking.TrainingSession;
import org.iwtraining.booking.events.OutboxEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Practitioner networks (seed 2.10): once a session has ended and its attendance is recorded, each attendee who
 * consents to sharing contact details gets, by e-mail, the other consenting attendees' contacts (attendees have no
 * role to read {@code GET /sessions/{id}/contacts}). A session is claimed by inserting it into
 * {@code session_network} ({@code on conflict do nothing}) in the transaction that queues the mails: once across
 * instances. Sessions that ended more than 14 days ago are left alone.
 */
@ApplicationScoped
public class PractitionerNetworks {

    private static final int BATCH = 50;
    /** Only sessions that ended this recently: a list long after the session (or for old records) helps no one. */
    private static final Duration WINDOW = Duration.ofDays(14);

    private final EntityManager em;
    private final AttendanceService attendance;
    private final OutboxEvents events;
    private final Clock clock;

    public PractitionerNetworks(EntityManager em, AttendanceService attendance, OutboxEvents events, Clock clock) {
        this.em = em;
        this.attendance = attendance;
        this.events = events;
        this.clock = clock;
    }

    /** Sends the lists of every session due; answers how many sessions this run claimed. */
    public int sendDue() {
        int total = 0;
        while (true) {
            int[] selectedAndClaimed = QuarkusTransaction.requiringNew().call(this::batch);
            total += selectedAndClaimed[1];
            if (selectedAndClaimed[0] < BATCH) {
                return total;
            }
        }
    }

    private int[] batch() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<String> due = em.createNativeQuery("select s.id from training_session s where s.status = 'SCHEDULED' "
                + "and s.ends_at <= ?1 and s.ends_at > ?3 and exists (select 1 from attendance a where a.session_id = s.id) "
                + "and not exists (select 1 from session_network n where n.session_id = s.id) order by s.ends_at, s.id limit ?2")
                .setParameter(1, now).setParameter(2, BATCH).setParameter(3, now.minus(WINDOW)).getResultList();
        int claimed = 0;
        for (String sessionId : due) {
            int inserted = em.createNativeQuery("insert into session_network (session_id, sent_at) values (?1, ?2) "
                    + "on conflict (session_id) do nothing").setParameter(1, sessionId).setParameter(2, now).executeUpdate();
            if (inserted == 1) {
                List<Person> consenting = attendance.contacts(sessionId);
                events.practitionerNetwork(TrainingSession.findById(sessionId), consenting);
                claimed++;
            }
        }
        return new int[] { due.size(), claimed };
    }
}
