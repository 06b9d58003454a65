package org.iwtraining.followup.cases;

import jakarta.persistence.EntityManager;

/**
 * A transaction-scoped PostgreSQL advisory lock on a natural key, so that two deliveries of the same
 * create or event at once are applied one after the other: the second finds the first's row.
 */
public final class Locks {

    private Locks() {
    }

    public static void lock(EntityManager em, String key) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").setParameter("key", key)
                .getSingleResult();
    }
}
