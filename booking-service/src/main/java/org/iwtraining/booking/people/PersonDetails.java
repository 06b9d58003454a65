package org.iwtraining.booking.people;

import java.util.Set;

import org.iwtraining.booking.AccessNeed;
import org.iwtraining.booking.Audience;

/**
 * A person's details: what an upsert (one or an import row) writes. {@code accessNeeds} null leaves the needs
 * the person recorded as they are (an HR file knows nothing of them); a set, even empty, replaces them with
 * {@code accessNotes}.
 */
public record PersonDetails(String givenName, String familyName, String email, String phone, String agencyCode,
        Audience audience, String managerHrId, boolean shareContactConsent, Set<AccessNeed> accessNeeds, String accessNotes) {

    public PersonDetails(String givenName, String familyName, String email, String phone, String agencyCode,
            Audience audience, String managerHrId, boolean shareContactConsent) {
        this(givenName, familyName, email, phone, agencyCode, audience, managerHrId, shareContactConsent, null, null);
    }
}
