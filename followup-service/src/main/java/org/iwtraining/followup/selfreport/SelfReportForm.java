package org.iwtraining.followup.selfreport;

import java.time.LocalDate;

/**
 * What the self-report page shows: the module and the coming call, nothing personal (mail scanners and anyone the
 * link is forwarded to may open it).
 */
public record SelfReportForm(String caseId, String moduleRef, String process, int callNumber, LocalDate nextCallDue) {
}
