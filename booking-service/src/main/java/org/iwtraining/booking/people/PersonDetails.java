package org.iwtraining.booking.people;

import org.iwtraining.booking.Audience;

/** A person's details as the HR system holds them: what an upsert (one or an import row) writes. */
public record PersonDetails(String givenName, String familyName, String email, String phone, String agencyCode,
        Audience audience, String managerHrId, boolean shareContactConsent) {
}
