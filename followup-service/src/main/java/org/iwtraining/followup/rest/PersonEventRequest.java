package org.iwtraining.followup.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iwtraining.followup.PersonEventType;
import org.iwtraining.followup.events.PersonNotice;

/**
 * Something that happened to a person: contact fields and the line manager's name and e-mail go with UPDATED (those sent replace the old ones),
 * {@code moduleRef} and {@code sessionId} with COMPLETION_REVOKED.
 */
public record PersonEventRequest(
        @NotBlank @Size(max = 200) String eventId,
        @NotBlank @Size(max = 100) String personId,
        @NotNull PersonEventType type,
        @Size(min = 1, max = 200) String name,
        @Email @Size(max = 320) String email,
        @Size(max = 50) String phone,
        @Size(min = 1, max = 100) String agencyCode,
        @Size(max = 20) String moduleRef,
        @Size(max = 100) String sessionId,
        @Size(min = 1, max = 200) String managerName,
        @Email @Size(max = 320) String managerEmail) {

    public PersonNotice notice() {
        return new PersonNotice(eventId, personId, type, name, email, phone, agencyCode, moduleRef, sessionId,
                managerName, managerEmail);
    }
}
