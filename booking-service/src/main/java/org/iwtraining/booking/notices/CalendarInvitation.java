package org.iwtraining.booking.notices;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.iwtraining.conventions.text.ContentLines;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iTIP invitation (RFC 5546) that goes with a notice: one VEVENT per booking, its first part as
 * DTSTART/DTEND and any further parts as RDATE periods, so a session on several days stays one calendar
 * entry that later changes and a cancellation can address by its UID.
 */
final class CalendarInvitation {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarInvitation() {
    }

    static String of(NoticePayload notice, String organizerEmail) {
        List<NoticeBooking.Part> parts = notice.parts();
        NoticeBooking.Part first = parts.get(0);
        VEvent event = new VEvent(first.startsAt(), first.endsAt(), notice.title());
        event.replace(new DtStamp(notice.issuedAt()));
        event.add(new Uid(notice.calendarUid()));
        event.add(new Sequence(notice.sequence()));
        if (notice.venue() != null) {
            event.add(new Location(notice.venue()));
        }
        event.add(new Description("IW training session " + notice.sessionId()
                + (notice.bookingId() == null ? "" : ", booking " + notice.bookingId())
                + (notice.cancellationReason() == null ? "" : ". Cancelled: " + notice.cancellationReason().words()
                        + (notice.cancellationNote() == null ? "" : " (" + notice.cancellationNote() + ")"))));
        event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
        event.add(new Attendee(new ParameterList(List.of(new Cn(notice.name()), Role.REQ_PARTICIPANT)),
                URI.create("mailto:" + notice.email())));
        if (parts.size() > 1) {
            // ical4j 4.4.0's RDate writes PERIOD values without their UTC designator (a floating time), so the
            // later parts are written as the property's text.
            String later = parts.subList(1, parts.size()).stream()
                    .map(p -> UTC.format(p.startsAt()) + "/" + UTC.format(p.endsAt())).collect(Collectors.joining(","));
            event.add(new XProperty(Property.RDATE, new ParameterList(List.of(Value.PERIOD)), later));
        }
        boolean cancel = Method.VALUE_CANCEL.equals(notice.calendarMethod());
        event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        Calendar calendar = new Calendar()
                .add(new ProdId("-//IW Training Suite//booking-service//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new Method(notice.calendarMethod()));
        calendar.add(event);
        // ical4j's outputter writes it (folded at 73 characters); folded again at 75 octets
        return ContentLines.folded(out -> new CalendarOutputter(false).output(calendar, out));
    }
}
