package org.iwtraining.conventions.audit;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the audit trail knows of the request under way: filled by {@link AuditInterceptor} before the operation
 * runs, read by {@link AuditTransactions} when a transaction of that request commits.
 */
@RequestScoped
public class AuditContext {

    private AuditEntry entry;
    private final Set<String> personIds = new LinkedHashSet<>();

    void begin(AuditEntry entry) {
        this.entry = entry;
        personIds.addAll(entry.personIds());
    }

    /** A service may name the people an operation concerned when the request does not. */
    public void concerns(String personId) {
        if (personId != null) {
            personIds.add(personId);
        }
    }

    boolean auditsChanges() {
        return entry != null && entry.change();
    }

    AuditEntry entry(Integer outcome) {
        return entry.with(Set.copyOf(personIds), outcome);
    }

    UUID requestId() {
        return entry.requestId();
    }
}
