package org.iwtraining.followup.cases;

import java.time.LocalDate;

import org.iwtraining.followup.Process;

/**
 * A train-the-trainer completion to follow up; {@code callerId} null means the caller the rules pick (the covering
 * caller with the fewest open cases, else the default caller). The manager is the trainer's line manager (may be
 * null).
 */
public record CaseDraft(String personId, String name, String email, String phone, String agencyCode,
        String moduleRef, Process process, String sessionId, LocalDate trainingEndedOn, String callerId,
        String managerName, String managerEmail) {
}
