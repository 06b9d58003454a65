package org.iwtraining.booking.notices;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.Room;
import org.iwtraining.booking.Venue;

/**
 * The room a session is held in, as a notice gives it: where to go and what access it has, so an attendee with
 * access needs knows before they set out (a retired room still tells where the session is).
 *
 * @param notes the room's own notes (the way in, the lift, the loop's seats)
 */
@Schema(name = "NoticeRoom", description = "The session's room: its venue's name and address, and its access features")
public record NoticeRoom(String room, String venue, String address, boolean stepFree, boolean hearingLoop, String notes) {

    /** The session's room, or null for a session with only the free-text venue. */
    public static NoticeRoom of(String roomId) {
        Room room = roomId == null ? null : Room.findById(roomId);
        if (room == null) {
            return null;
        }
        Venue venue = Venue.findById(room.venueId);
        return new NoticeRoom(room.name, venue == null ? null : venue.name, venue == null ? null : venue.address,
                room.stepFree, room.hearingLoop, room.notes);
    }

    /**
     * Where a session is, on one line: its room with the venue's name and address when it names a room (the
     * free-text venue then only adds to it), else the free-text venue; null when neither is known.
     */
    public static String where(String venue, NoticeRoom room) {
        if (room == null) {
            return venue;
        }
        return venue == null || venue.isBlank() || venue.equals(room.location()) ? room.location()
                : room.location() + " (" + venue + ")";
    }

    /** Room, venue and address on one line. */
    public String location() {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] { room, venue, address }) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
    }

    /** The access features in words, with the room's notes. */
    public String access() {
        return (stepFree ? "step-free access" : "no step-free access") + "; "
                + (hearingLoop ? "hearing loop" : "no hearing loop")
                + (notes == null || notes.isBlank() ? "" : ". " + notes);
    }
}
