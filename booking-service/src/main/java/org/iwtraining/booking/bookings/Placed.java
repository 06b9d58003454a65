package org.iwtraining.booking.bookings;

import org.iwtraining.booking.Booking;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.TrainingSession;

/**
 * A booking with its rank on the waitlist (null when confirmed or cancelled) and, where a list shows them, what the
 * reader would otherwise ask for row by row: the person's names in a session's list, the session in a person's list
 * (null elsewhere).
 */
public record Placed(Booking booking, Integer position, Person person, TrainingSession session) {

    public Placed(Booking booking, Integer position) {
        this(booking, position, null, null);
    }
}
