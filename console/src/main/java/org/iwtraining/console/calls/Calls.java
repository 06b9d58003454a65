package org.iwtraining.console.calls;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.console.client.CallsData;
import org.iwtraining.console.client.FollowupClient;
import org.iwtraining.console.client.Page;
import org.iwtraining.console.client.ServiceRefusedException;
import org.iwtraining.console.config.ConsoleConfig;

/**
 * A caller's work through followup-service: their caller record (found by the signed-in person's subject), their
 * queue of calls due today and overdue, a case with its calls and cascades, recording a call, and a new link for
 * their calendar feed.
 */
@ApplicationScoped
public class Calls {

    private final FollowupClient followup;
    private final Clock clock;
    private final int pageSize;

    Calls(FollowupClient followup, Clock clock, ConsoleConfig config) {
        this.followup = followup;
        this.clock = clock;
        this.pageSize = config.pageSize();
    }

    /** The signed-in person's caller record; empty when no caller has their subject. */
    public Optional<CallsData.Caller> me() {
        try {
            return Optional.of(followup.ownCaller());
        } catch (ServiceRefusedException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** One page of the caller's calls due today and overdue, oldest first. */
    public Page<QueueLine> queue(String callerId, String cursor) {
        Page<CallsData.QueueItem> page = followup.queue(callerId, pageSize, cursor);
        return new Page<>(page.items().stream().map(QueueLine::from).toList(), page.next());
    }

    public CaseView followup(String caseId) {
        return CaseView.from(followup.followup(caseId));
    }

    /** Records the call as made now; the case as it is afterwards (its next call's due date). */
    public CaseView record(String caseId, CallForm.Checked call) {
        return CaseView.from(followup.recordCall(caseId, new CallsData.CallQuestion(call.outcome(),
                OffsetDateTime.now(clock), call.notes(), call.materialsReception(), call.materialsFeedback(),
                call.barriers().isEmpty() ? null : call.barriers(), call.supportRequested(), call.plannedCascadeOn(),
                call.cascadeStartedOn())));
    }

    /** A new secret link for the caller's calendar feed; the one before stops working at once. */
    public CallsData.CalendarToken newCalendarLink(String callerId) {
        return followup.newCalendarToken(callerId);
    }
}
