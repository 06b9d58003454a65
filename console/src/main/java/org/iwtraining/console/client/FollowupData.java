package org.iwtraining.console.client;

import java.time.LocalDate;

/** followup-service's answers as the console reads them. */
public final class FollowupData {

    private FollowupData() {
    }

    public record Case(String id, String personId, String name, String moduleRef, String sessionId, String status,
            String phase, LocalDate trainingEndedOn, LocalDate nextCallDue, LocalDate cascadeStartedOn,
            String callerId) {
    }
}
