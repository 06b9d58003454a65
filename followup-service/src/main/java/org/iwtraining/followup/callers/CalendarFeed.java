package org.iwtraining.followup.callers;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.iwtraining.conventions.audit.AuditContext;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.security.SecretTokens;
import org.iwtraining.conventions.text.ContentLines;
import org.iwtraining.conventions.time.Zones;
import org.iwtraining.followup.Caller;
import org.iwtraining.followup.CaseAssignment;
import org.iwtraining.followup.CaseStatus;
import org.iwtraining.followup.FollowupCase;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A caller's subscribable calendar: one all-day event per case for its next call. The UID is the case's, so
 * a moved call updates the same event (its SEQUENCE grows), and a closed case's event is CANCELLED for a
 * while so that subscribed clients drop it; so is the event of a case reassigned to another caller.
 * <p>
 * The feed is read by calendar clients, which send no bearer token: it takes the caller's secret calendar token
 * instead, and a missing, wrong or replaced one is answered as if the caller did not exist. It goes to cloud
 * calendars, so it carries the trainer's name, the module and a link to the case, never a phone number or e-mail.
 */
@ApplicationScoped
@Transactional
public class CalendarFeed {

    static final int CANCELLED_KEPT_DAYS = 60;
    private static final String UID_DOMAIN = "@followup.iw-training-suite";

    private final Clock clock;
    private final AuditContext audit;

    public CalendarFeed(Clock clock, AuditContext audit) {
        this.clock = clock;
        this.audit = audit;
    }

    /** The feed of the caller whose calendar token this is; {@code base} is the service's address, for the links. */
    public String forCaller(String callerId, String token, URI base) {
        Caller caller = callerId == null ? null : Caller.findById(callerId);
        if (caller == null || !SecretTokens.matches(token, caller.calendarTokenHash)) {
            throw DomainException.notFound("Caller", callerId);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<FollowupCase> open = FollowupCase.list("callerId = ?1 and status = ?2 order by nextCallDue, id", callerId,
                CaseStatus.OPEN);
        List<FollowupCase> closed = FollowupCase.list("callerId = ?1 and status = ?2 and closedAt >= ?3 order by closedAt, id",
                callerId, CaseStatus.CLOSED, now.minusDays(CANCELLED_KEPT_DAYS));
        Calendar calendar = new Calendar()
                .add(new ProdId("-//IW Training Suite//followup-service//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        // cases moved to another caller: their event here is cancelled at the sequence they had when they moved
        List<CaseAssignment> moved = CaseAssignment.list("callerId = ?1 and endedAt >= ?2 "
                + "and followupCase.callerId <> ?1 order by endedAt, id", callerId, now.minusDays(CANCELLED_KEPT_DAYS));
        open.forEach(c -> calendar.add(event(c, c.nextCallDue, false, base)));
        closed.forEach(c -> calendar.add(event(c, c.updatedAt.atZoneSameInstant(Zones.LONDON).toLocalDate(), true, base)));
        Set<String> seen = new HashSet<>();
        for (CaseAssignment a : moved) {
            if (seen.add(a.followupCase.id)) {
                FollowupCase c = a.followupCase;
                VEvent event = event(c, a.endedAt.atZoneSameInstant(Zones.LONDON).toLocalDate(), true, base);
                event.replace(new Sequence(a.endedSequence));
                event.replace(new DtStamp(a.endedAt.toInstant()));
                calendar.add(event);
                audit.concerns(c.personId);
            }
        }
        open.forEach(c -> audit.concerns(c.personId));
        closed.forEach(c -> audit.concerns(c.personId));
        // ical4j's outputter writes it (folded at 73 characters); folded again at 75 octets
        return ContentLines.folded(out -> new CalendarOutputter(false).output(calendar, out));
    }

    private static VEvent event(FollowupCase c, LocalDate day, boolean cancelled, URI base) {
        URI link = base.resolve("followups/" + c.id);
        VEvent event = new VEvent(day, "Follow-up call " + c.callNumber + ": " + c.name + " (" + c.moduleRef + ")");
        event.replace(new DtStamp(c.updatedAt.toInstant()));
        event.add(new Uid(c.id + UID_DOMAIN));
        event.add(new Sequence(c.scheduleSequence));
        event.add(new Description("Trainer " + c.name + ", " + c.agencyCode + ". Trained on " + c.moduleRef
                + " (session " + c.sessionId + "), training ended " + c.trainingEndedOn + ". The case: " + link));
        event.add(new Url(link));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }
}
