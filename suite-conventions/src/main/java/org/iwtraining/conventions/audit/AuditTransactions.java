package org.iwtraining.conventions.audit;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.arc.Arc;

/**
 * Makes the audit row part of every transaction an audited change commits: when a transaction begins during an
 * audited request, the row is written just before it commits, so no change is ever committed without its row.
 * (A request may commit several transactions, an idempotency claim and the change; the row is one, keyed by the
 * request.) The outcome is written with it when the work has told it ({@link AuditContext#answeredWith}); otherwise
 * {@link AuditInterceptor} completes the row once the request's answer is known.
 */
@ApplicationScoped
public class AuditTransactions {

    private static final ThreadLocal<Boolean> READING_ONLY = ThreadLocal.withInitial(() -> false);

    private final TransactionSynchronizationRegistry registry;
    private final AuditContext context;
    private final AuditTrail trail;

    public AuditTransactions(TransactionSynchronizationRegistry registry, AuditContext context, AuditTrail trail) {
        this.registry = registry;
        this.context = context;
        this.trail = trail;
    }

    /**
     * Runs work whose transactions only read — a booking's facts, read and judged before it takes its locks — on this
     * thread: they write no audit row (one more write each, on the hottest path); the request's row is written with the
     * transaction that changes something, and completed by {@link AuditInterceptor}.
     */
    public static <T> T readingOnly(Supplier<T> work) {
        boolean was = READING_ONLY.get();
        READING_ONLY.set(true);
        try {
            return work.get();
        } finally {
            READING_ONLY.set(was);
        }
    }

    void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        if (READING_ONLY.get() || !Arc.container().requestContext().isActive() || !context.auditsChanges()) {
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            private AuditEntry written;

            @Override
            public void beforeCompletion() {
                if (registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
                    written = context.entryToCommit();
                    trail.write(written);
                }
            }

            @Override
            public void afterCompletion(int status) {
                // the row went with the transaction, or with its rollback: only a committed one is kept
                if (status == Status.STATUS_COMMITTED && written != null) {
                    context.committed(written);
                }
            }
        });
    }
}
