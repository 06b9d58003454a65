package org.iwtraining.followup.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.conventions.audit.AuditEvent;
import org.iwtraining.conventions.audit.ConcernsPeople;
import org.iwtraining.followup.ReminderKind;
import org.iwtraining.followup.ReminderStatus;
import org.iwtraining.followup.privacy.PersonRecord;

/** Everything followup-service holds on one person (empty lists when it holds nothing). */
@Schema(description = "A person's data in followup-service: cases with their calls, reminders that mentioned them, audit rows about them")
public record PersonExportView(String personId, List<CaseView> cases, List<ReminderMention> reminders, List<AuditEvent> audit)
        implements ConcernsPeople {

    /** A reminder e-mail as far as it concerned the person: a digest's other lines are about other people. */
    public record ReminderMention(String id, String caseId, ReminderKind kind, String callerId, LocalDate forDate,
            String subject, @Schema(description = "The lines of the e-mail about this person") List<String> lines,
            ReminderStatus status, OffsetDateTime sentAt) {
    }

    public static PersonExportView from(PersonRecord record, Clock clock) {
        return new PersonExportView(record.personId(), record.cases().stream().map(c -> CaseView.from(c, clock)).toList(),
                record.reminders().stream().map(m -> new ReminderMention(m.reminder().id, m.caseId(), m.reminder().kind,
                        m.reminder().callerId, m.reminder().forDate, m.reminder().subject, m.lines(), m.reminder().status,
                        m.reminder().sentAt)).toList(),
                record.audit());
    }

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }
}
