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
    /** The status the request will be answered with, when the work knows it before its change commits. */
    private Integer outcome;
    /** The row as a committed transaction wrote it: the answer need not write it again when it is the same. */
    private AuditEntry committed;

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

    /**
     * The work knows its answer's status before its change commits (an idempotent request's stored answer): the row
     * written with the change carries it, and the request's row needs no second write once answered.
     */
    public void answeredWith(int status) {
        outcome = status;
    }

    boolean auditsChanges() {
        return entry != null && entry.change();
    }

    AuditEntry entry(Integer outcome) {
        return entry.with(Set.copyOf(personIds), outcome);
    }

    /** The row a change's transaction writes before it commits: with the outcome when the work has told it. */
    AuditEntry entryToCommit() {
        return entry(outcome);
    }

    void committed(AuditEntry written) {
        committed = written;
    }

    /** Whether a committed transaction wrote the row exactly so already. */
    boolean committedAs(AuditEntry answered) {
        return answered.equals(committed);
    }

    UUID requestId() {
        return entry.requestId();
    }
}
