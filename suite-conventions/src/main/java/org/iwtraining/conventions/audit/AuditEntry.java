package org.iwtraining.conventions.audit;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One row of the audit trail: one request that changed something or read people's data. {@code outcome} is the
 * status the request was answered with; it is unknown (null) while the change's transaction commits, unless the work
 * told it before.
 */
public record AuditEntry(UUID requestId, Instant at, String subject, Set<String> roles, String clientId,
        String operation, boolean change, String recordKind, String recordId, Set<String> personIds, Integer outcome) {

    AuditEntry with(Set<String> people, Integer status) {
        return new AuditEntry(requestId, at, subject, roles, clientId, operation, change, recordKind, recordId, people, status);
    }
}
