package org.iwtraining.booking.notices;

import java.util.List;

import org.iwtraining.booking.CancellationReason;
import org.iwtraining.booking.WaitReason;

/**
 * What some notices say beyond the booking's facts; every field may be null.
 *
 * @param waitReason why a waitlisted place waits: the session is full, or the agency's share is reached
 * @param cancellationReason why a place or a session was cancelled, with {@code cancellationNote} as free text
 * @param joiningInstructions the session's joining instructions (a reminder)
 * @param about the attendee a manager's notice is about (the notice itself goes to the manager)
 * @param contacts the other consenting attendees (a practitioner-network notice)
 */
public record NoticeDetails(WaitReason waitReason, CancellationReason cancellationReason, String cancellationNote,
        String joiningInstructions, String about, List<NoticeContact> contacts) {

    public static final NoticeDetails NONE = new NoticeDetails(null, null, null, null, null, null);

    public static NoticeDetails waiting(WaitReason reason) {
        return new NoticeDetails(reason, null, null, null, null, null);
    }

    public static NoticeDetails cancelled(CancellationReason reason, String note) {
        return new NoticeDetails(null, reason, note, null, null, null);
    }

    public static NoticeDetails reminder(String joiningInstructions, String about) {
        return new NoticeDetails(null, null, null, joiningInstructions, about, null);
    }

    public static NoticeDetails about(String attendee) {
        return new NoticeDetails(null, null, null, null, attendee, null);
    }

    public static NoticeDetails network(List<NoticeContact> contacts) {
        return new NoticeDetails(null, null, null, null, null, List.copyOf(contacts));
    }
}
