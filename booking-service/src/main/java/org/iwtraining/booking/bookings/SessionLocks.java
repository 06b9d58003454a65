package org.iwtraining.booking.bookings;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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

    public void lockPersons(Collection<String> hrIds) {
        if (!hrIds.isEmpty()) {
            em.createNativeQuery("select hr_id from person where hr_id in (:ids) order by hr_id for update")
                    .setParameter("ids", hrIds.stream().distinct().sorted().toList()).getResultList();
        }
    }
}
