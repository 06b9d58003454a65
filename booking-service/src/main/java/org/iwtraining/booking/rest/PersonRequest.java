package org.iwtraining.booking.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iwtraining.booking.Audience;
import org.iwtraining.booking.people.PersonDetails;

/** A person as the HR system sends them (PUT /people/{hrId}, and each row of an import). */
public record PersonRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @Email @Size(max = 200) String email,
        @Size(max = 50) String phone,
        @NotBlank @Size(max = 50) String agencyCode,
        @NotNull Audience audience,
        @Size(max = 100) String managerHrId,
        Boolean shareContactConsent) {

    /** What the upsert writes; a missing consent is no consent. */
    public PersonDetails details() {
        return new PersonDetails(givenName, familyName, email, phone, agencyCode, audience, managerHrId,
                Boolean.TRUE.equals(shareContactConsent));
    }
}
