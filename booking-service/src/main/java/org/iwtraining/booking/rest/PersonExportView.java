package org.iwtraining.booking.rest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.Attendance;
import org.iwtraining.booking.AttendanceStatus;
import org.iwtraining.booking.Audience;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.bookings.Placed;
import org.iwtraining.booking.privacy.PersonalData;
import org.iwtraining.conventions.audit.AuditEvent;
import org.iwtraining.conventions.audit.ConcernsPeople;

import com.fasterxml.jackson.databind.JsonNode;

/** Everything the suite holds on one person, gathered from booking-service and followup-service. */
@Schema(description = "A person's data across the suite (a subject access request)")
public record PersonExportView(
        Instant exportedAt,
        String personId,
        ExportedPerson person,
        @Schema(description = "Every place, cancelled ones too, oldest first") List<BookingView> bookings,
        List<ExportedAttendance> attendance,
        List<CompletionView> completions,
        List<WaiverView> waivers,
        @Schema(description = "The sessions the person is a trainer of") List<String> trainerOfSessions,
        @Schema(description = "Events and notices about the person in booking-service's outbox") List<OutboxEventView> messages,
        @Schema(description = "booking-service's audit rows that concern the person") List<AuditEvent> audit,
        @Schema(description = "followup-service's part, as its GET /people/{personId}/export answers it: cases with calls, "
                + "reminders that mentioned the person, its audit rows about them", implementation = Object.class,
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
        JsonNode followup) implements ConcernsPeople {

    /** The person as booking-service holds them; {@code erasedAt} is set once their data was erased. */
    @Schema(name = "ExportedPerson")
    public record ExportedPerson(String hrId, String givenName, String familyName, String email, String phone,
            String agencyCode, Audience audience, String managerHrId, boolean shareContactConsent, Instant leftAt,
            Instant erasedAt) {

        static ExportedPerson from(Person p) {
            return new ExportedPerson(p.hrId, p.givenName, p.familyName, p.email, p.phone, p.agencyCode, p.audience,
                    p.managerHrId, p.shareContactConsent, p.leftAt, p.erasedAt);
        }
    }

    @Schema(name = "ExportedAttendance")
    public record ExportedAttendance(String sessionId, AttendanceStatus status, List<Integer> parts, Instant recordedAt) {

        static ExportedAttendance from(Attendance a) {
            return new ExportedAttendance(a.sessionId, a.status, a.partList(), a.recordedAt);
        }
    }

    public static PersonExportView from(PersonalData data) {
        return new PersonExportView(data.exportedAt(), data.person().hrId, ExportedPerson.from(data.person()),
                data.bookings().stream().map(b -> BookingView.from(new Placed(b, null))).toList(),
                data.attendance().stream().map(ExportedAttendance::from).toList(),
                data.completions().stream().map(CompletionView::from).toList(),
                data.waivers().stream().map(WaiverView::from).toList(),
                data.trainerOfSessions(),
                data.messages().stream().map(OutboxEventView::from).toList(),
                data.audit(), data.followup());
    }

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }
}
