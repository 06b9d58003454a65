package org.iwtraining.console.sessions;

import java.util.List;

import org.iwtraining.console.client.BookingData;

/**
 * A session's page: the summary, its parts, trainers and venue, the confirmed places and the waitlist in order, and
 * (for a coordinator) the contact list of attendees who consented.
 *
 * @param started it has begun: attendance can be taken, places no longer booked
 */
public record SessionDetail(SessionSummary summary, List<String> parts, int partCount, List<String> trainers,
        String entryRequirements, List<Place> confirmed, List<Place> waitlist, List<BookingData.Contact> contacts,
        boolean started) {

    /** One place: the person, their agency and, on the waitlist, their position and why they wait. */
    public record Place(String bookingId, String personId, String name, String agencyCode, Integer position,
            String waitReason, boolean prerequisiteAtRisk) {

        static Place from(BookingData.Booking b) {
            String name = b.givenName() == null ? b.personId() : b.givenName() + " " + b.familyName();
            return new Place(b.id(), b.personId(), name, b.agencyCode(), b.position(), waitReason(b.reason()),
                    b.prerequisiteAtRisk());
        }

        static String waitReason(String reason) {
            if (reason == null) {
                return null;
            }
            return switch (reason) {
                case "FULL" -> "Session full";
                case "AGENCY_CAP" -> "Agency at its cap";
                default -> reason;
            };
        }
    }
}
