package org.iwtraining.console.people;

import org.iwtraining.console.client.BookingData;

/** A person in a list: name, HR id, agency, audience. */
public record PersonLine(String hrId, String name, String agencyCode, String audience, boolean left) {

    static PersonLine from(BookingData.Person p) {
        return new PersonLine(p.hrId(), p.givenName() + " " + p.familyName(), p.agencyCode(), p.audience(), p.leftAt() != null);
    }
}
