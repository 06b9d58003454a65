package org.iwtraining.booking.rest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.iwtraining.booking.AccessNeed;
import org.iwtraining.booking.Audience;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.PersonSource;
import org.iwtraining.booking.people.PersonService;
import org.iwtraining.conventions.audit.ConcernsPeople;

/** A person; {@code leftAt} is set for a leaver; {@code source} HR or PARTNER (ids P-&lt;agency&gt;-…). */
public record PersonView(String hrId, PersonSource source, String givenName, String familyName, String email, String phone,
        String agencyCode, Audience audience, String managerHrId, boolean shareContactConsent, List<AccessNeed> accessNeeds,
        String accessNotes, Instant leftAt, long version) implements ConcernsPeople {

    public static PersonView from(Person p) {
        return new PersonView(p.hrId, p.source, p.givenName, p.familyName, p.email, p.phone, p.agencyCode, p.audience,
                p.managerHrId, p.shareContactConsent, List.copyOf(PersonService.accessNeeds(p)), p.accessNotes, p.leftAt, p.version);
    }

    @Override
    public Collection<String> personIds() {
        return List.of(hrId);
    }
}
