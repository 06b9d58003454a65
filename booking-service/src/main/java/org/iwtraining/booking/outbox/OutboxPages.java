package org.iwtraining.booking.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.iwtraining.conventions.paging.Keyset;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;

/** Keyset pages of outbox rows and webhooks, oldest first: ordered by (createdAt, id), the cursor being the last row's pair. */
public final class OutboxPages {

    private OutboxPages() {
    }

    /**
     * @param condition a JPQL condition on {@code e} with positional parameters from ?1 (null for none)
     * @param createdAt and {@code id}: the row's sort key
     */
    public static <T> Page<T> byCreation(EntityManager em, Class<T> type, String condition, List<Object> params, PageRequest page,
            Function<T, Instant> createdAt, Function<T, String> id) {
        StringBuilder where = new StringBuilder(condition == null ? "1 = 1" : condition);
        int next = params.size() + 1;
        Optional<Keyset> after = Keyset.after(page);
        if (after.isPresent()) {
            where.append(" and (e.createdAt > ?").append(next).append(" or (e.createdAt = ?").append(next)
                    .append(" and e.id > ?").append(next + 1).append("))");
        }
        TypedQuery<T> query = em.createQuery("select e from " + type.getSimpleName() + " e where " + where
                + " order by e.createdAt, e.id", type).setMaxResults(page.fetchSize());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        if (after.isPresent()) {
            query.setParameter(next, after.get().instant()).setParameter(next + 1, after.get().id());
        }
        return page.page(query.getResultList(), row -> Keyset.key(createdAt.apply(row), id.apply(row)), row -> row);
    }
}
