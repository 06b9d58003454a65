package org.iwtraining.booking.notices;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One fellow attendee on a practitioner-network notice: only people who consented to share their contacts.
 *
 * @param personId whose contact it is: the notice is another attendee's, so an erasure finds the entry by this
 */
@Schema(name = "NoticeContact", description = "A consenting fellow attendee's contact details")
public record NoticeContact(@Schema(description = "Whose contact it is (not written in the e-mail)") String personId,
        String name, String agency, String email, String phone) {
}
