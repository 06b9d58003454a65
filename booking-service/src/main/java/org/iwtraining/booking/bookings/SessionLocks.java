package org.iwtraining.booking.bookings;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.iwtraining.booking.SessionStatus;
import org.iwtraining.booking.TrainingSession;

/**
 * Row locks taken before anything is counted, so that capacity and caps hold across threads and across
 * instances of the service on one database. Always sessions first, then people, each in id order: two
 * transactions that lock overlapping sets then wait for each other instead of deadlocking.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SessionLocks {

    private final EntityManager em;

    public SessionLocks(EntityManager em) {
        this.em = em;
    }

    /** Locks the sessions that exist and answers their ids. */
    @SuppressWarnings("unchecked")
    public List<String> lockSessions(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select id from training_session where id in (:ids) order by id for update")
                .setParameter("ids", ids.stream().distinct().sorted().toList()).getResultList();
    }

    /**
     * A session locked for one booking, with what the booking is decided on: the counts kept on the session
     * (V100: the database keeps them with every change of a place) and what tells whether the session changed since
     * the booking was judged.
     */
    public record LockedSession(long version, SessionStatus status, int capacity, BigDecimal maxAgencyShare,
            Instant capsLiftAt, boolean capsLifted, int confirmed, int agencyConfirmed) {

        public boolean capsHold(Instant now) {
            return now.isBefore(capsLiftAt);
        }

        public int agencyCap() {
            return TrainingSession.agencyCap(capacity, maxAgencyShare);
        }
    }

    /**
     * Locks one session, reading its counts and one agency's in the same statement (kept on the row itself: a wait
     * for the lock returns them as the holder committed them); empty when there is none.
     */
    public Optional<LockedSession> lockSession(String id, String agencyCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.version, s.status, s.capacity, s.max_agency_share, s.caps_lift_at, "
                + "s.caps_lifted, s.confirmed, coalesce((s.agency_confirmed ->> ?2)::integer, 0) "
                + "from training_session s where s.id = ?1 for update")
                .setParameter(1, id).setParameter(2, agencyCode).getResultList();
        return rows.stream().findFirst().map(r -> new LockedSession(((Number) r[0]).longValue(), SessionStatus.valueOf((String) r[1]),
                ((Number) r[2]).intValue(), (BigDecimal) r[3], instant(r[4]), (Boolean) r[5], ((Number) r[6]).intValue(),
                ((Number) r[7]).intValue()));
    }

    /**
     * A person locked for one booking, with what their judgement rests on that may have changed since it was made:
     * the row's version (HR's changes, leaving), the live places (another booking of theirs), completions and waivers.
     */
    public record LockedPerson(long version, String agencyCode, boolean left, Set<String> livePlaces, Set<String> completed,
            Set<String> waived) {
    }

    public Optional<LockedPerson> lockPerson(String hrId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.version, p.agency_code, p.left_at is not null, "
                + "(select string_agg(b.session_id || ':' || b.status, ',') from booking b "
                + "where b.person_id = p.hr_id and b.status in ('CONFIRMED', 'WAITLISTED')), "
                + "(select string_agg(c.module_ref, ',') from completion c where c.person_id = p.hr_id), "
                + "(select string_agg(w.module_ref, ',') from waiver w where w.person_id = p.hr_id) "
                + "from person p where p.hr_id = ?1 for update")
                .setParameter(1, hrId).getResultList();
        return rows.stream().findFirst().map(r -> new LockedPerson(((Number) r[0]).longValue(), (String) r[1], (Boolean) r[2],
                set(r[3]), set(r[4]), set(r[5])));
    }

    private static Set<String> set(Object joined) {
        return joined == null ? Set.of() : new HashSet<>(Arrays.asList(((String) joined).split(",")));
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant() : ((Timestamp) value).toInstant();
    }

    public void lockPersons(Collection<String> hrIds) {
        if (!hrIds.isEmpty()) {
            em.createNativeQuery("select hr_id from person where hr_id in (:ids) order by hr_id for update")
                    .setParameter("ids", hrIds.stream().distinct().sorted().toList()).getResultList();
        }
    }
}
