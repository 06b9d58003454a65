package org.iwtraining.console.calls;

import org.iwtraining.console.client.CallsData;

/** A call to make, as the queue lists it: the trainer and how to reach them, the module, when it is due and why. */
public record QueueLine(String caseId, String name, String email, String phone, String agencyCode, String moduleRef,
        String due, String trainingEnded, int callNumber, boolean overdue, boolean stalled, boolean behindTarget,
        boolean cascadeDetected) {

    static QueueLine from(CallsData.QueueItem item) {
        return new QueueLine(item.caseId(), item.name() == null ? item.personId() : item.name(), item.email(),
                item.phone(), item.agencyCode(), item.moduleRef(), Days.of(item.due()), Days.of(item.trainingEndedOn()),
                item.callNumber(), item.overdue(), item.stalled(), item.behindTarget(), item.cascadeDetectedOn() != null);
    }
}
