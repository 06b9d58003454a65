package org.iwtraining.booking.privacy;

import java.time.Instant;
import java.util.List;

import org.iwtraining.booking.Attendance;
import org.iwtraining.booking.Booking;
import org.iwtraining.booking.Completion;
import org.iwtraining.booking.OutboxEvent;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.Waiver;
import org.iwtraining.conventions.audit.AuditEvent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything the suite holds on one person: booking-service's records of them, the sessions they train on, the
 * events and notices about them, its audit rows about them, and followup-service's answer as it gave it.
 */
public record PersonalData(Instant exportedAt, Person person, List<Booking> bookings, List<Attendance> attendance,
        List<Completion> completions, List<Waiver> waivers, List<String> trainerOfSessions, List<OutboxEvent> messages,
        List<AuditEvent> audit, JsonNode followup) {
}
