package org.iwtraining.booking.rest;

import java.util.Collection;
import java.util.List;

import org.iwtraining.booking.Person;
import org.iwtraining.conventions.audit.ConcernsPeople;

/** A consenting attendee's contact details (practitioner networks, seed 2.10). */
public record ContactView(String personId, String givenName, String familyName, String agencyCode, String email, String phone)
        implements ConcernsPeople {

    public static ContactView from(Person p) {
        return new ContactView(p.hrId, p.givenName, p.familyName, p.agencyCode, p.email, p.phone);
    }

    @Override
    public Collection<String> personIds() {
        return List.of(personId);
    }
}
