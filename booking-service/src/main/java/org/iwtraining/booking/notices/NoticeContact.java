package org.iwtraining.booking.notices;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One fellow attendee on a practitioner-network notice: only people who consented to share their contacts. */
@Schema(name = "NoticeContact", description = "A consenting fellow attendee's contact details")
public record NoticeContact(String name, String agency, String email, String phone) {
}
