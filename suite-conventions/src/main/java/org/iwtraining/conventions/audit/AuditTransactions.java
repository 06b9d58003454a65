package org.iwtraining.conventions.audit;

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
 * request.) The outcome is completed by {@link AuditInterceptor} once the request's answer is known.
 */
@ApplicationScoped
public class AuditTransactions {

    private final TransactionSynchronizationRegistry registry;
    private final AuditContext context;
    private final AuditTrail trail;

    public AuditTransactions(TransactionSynchronizationRegistry registry, AuditContext context, AuditTrail trail) {
        this.registry = registry;
        this.context = context;
        this.trail = trail;
    }

    void begun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        if (!Arc.container().requestContext().isActive() || !context.auditsChanges()) {
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
                    trail.write(context.entry(null));
                }
            }

            @Override
            public void afterCompletion(int status) {
                // the row went with the transaction, or with its rollback
            }
        });
    }
}
