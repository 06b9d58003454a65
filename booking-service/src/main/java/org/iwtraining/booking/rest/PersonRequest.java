package org.iwtraining.booking.rest;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.AccessNeed;
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
        Boolean shareContactConsent,
        @Schema(description = "The person's access needs; absent leaves those recorded as they are, [] clears them")
        @Size(max = 3) List<@NotNull AccessNeed> accessNeeds,
        @Schema(description = "What the needs are, in the person's words (with OTHER especially)") @Size(max = 1000) String accessNotes) {

    /** What the upsert writes; a missing consent is no consent. */
    public PersonDetails details() {
        return new PersonDetails(givenName, familyName, email, phone, agencyCode, audience, managerHrId,
                Boolean.TRUE.equals(shareContactConsent), accessNeeds == null ? null : Set.copyOf(accessNeeds), accessNotes);
    }
}
