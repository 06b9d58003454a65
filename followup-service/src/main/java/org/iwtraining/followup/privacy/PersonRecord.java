package org.iwtraining.followup.privacy;

import java.util.List;

import org.iwtraining.conventions.audit.AuditEvent;
import org.iwtraining.followup.FollowupCase;
import org.iwtraining.followup.Reminder;

/**
 * Everything followup-service holds on one person: their cases with the calls, the reminders that mentioned them
 * (for a digest, only its lines about them) and the audit rows that concern them.
 */
public record PersonRecord(String personId, List<FollowupCase> cases, List<Mention> reminders, List<AuditEvent> audit) {

    /** A reminder e-mail as far as it concerned the person. */
    public record Mention(Reminder reminder, String caseId, List<String> lines) {
    }
}
