package org.iwtraining.booking.rest;

import org.iwtraining.booking.Person;

/** A consenting attendee's contact details (practitioner networks, seed 2.10). */
public record ContactView(String personId, String givenName, String familyName, String agencyCode, String email, String phone) {

    public static ContactView from(Person p) {
        return new ContactView(p.hrId, p.givenName, p.familyName, p.agencyCode, p.email, p.phone);
    }
}
