package org.iwtraining.conventions.audit;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A row of the audit trail as {@code GET /audit} shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEvent(String id, UUID requestId, Instant at, String subject, Set<String> roles, String clientId,
        String operation, boolean change, String recordKind, String recordId, Set<String> personIds, Integer outcome) {
}
