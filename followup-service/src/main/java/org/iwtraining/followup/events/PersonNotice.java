package org.iwtraining.followup.events;

import org.iwtraining.followup.PersonEventType;

/**
 * What booking-service says happened to a person: the contact fields and the line manager's name and e-mail go
 * with UPDATED (null ones are left as they are), {@code moduleRef} and {@code sessionId} with COMPLETION_REVOKED.
 */
public record PersonNotice(String eventId, String personId, PersonEventType type, String name, String email,
        String phone, String agencyCode, String moduleRef, String sessionId, String managerName, String managerEmail) {
}
