package org.iwtraining.followup.callers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.iwtraining.conventions.time.Zones;
import org.iwtraining.followup.CaseStatus;
import org.iwtraining.followup.FollowupCase;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A caller's subscribable calendar: one all-day event per case for its next call. The UID is the case's, so
 * a moved call updates the same event (its SEQUENCE grows), and a closed case's event is CANCELLED for a
 * while so that subscribed clients drop it.
 */
@ApplicationScoped
@Transactional
public class CalendarFeed {

    static final int CANCELLED_KEPT_DAYS = 60;
    private static final String UID_DOMAIN = "@followup.iw-training-suite";

    private final Clock clock;

    public CalendarFeed(Clock clock) {
        this.clock = clock;
    }

    public String forCaller(String callerId) {
        CallerService.requireCaller(callerId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<FollowupCase> open = FollowupCase.list("callerId = ?1 and status = ?2 order by nextCallDue, id", callerId,
                CaseStatus.OPEN);
        List<FollowupCase> closed = FollowupCase.list("callerId = ?1 and status = ?2 and closedAt >= ?3 order by closedAt, id",
                callerId, CaseStatus.CLOSED, now.minusDays(CANCELLED_KEPT_DAYS));
        Calendar calendar = new Calendar()
                .add(new ProdId("-//IW Training Suite//followup-service//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        open.forEach(c -> calendar.add(event(c, c.nextCallDue, false)));
        closed.forEach(c -> calendar.add(event(c, c.updatedAt.atZoneSameInstant(Zones.LONDON).toLocalDate(), true)));
        return calendar.toString();
    }

    private static VEvent event(FollowupCase c, LocalDate day, boolean cancelled) {
        VEvent event = new VEvent(day, "Follow-up call " + c.callNumber + ": " + c.name + " (" + c.moduleRef + ")");
        event.replace(new DtStamp(c.updatedAt.toInstant()));
        event.add(new Uid(c.id + UID_DOMAIN));
        event.add(new Sequence(c.scheduleSequence));
        event.add(new Description("Trainer " + c.name + ", " + c.agencyCode
                + (c.phone == null ? "" : ", phone " + c.phone) + (c.email == null ? "" : ", e-mail " + c.email)
                + ". Trained on " + c.moduleRef + " (session " + c.sessionId + "), training ended " + c.trainingEndedOn
                + "."));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }
}
