package org.iwtraining.booking.bookings;

import org.iwtraining.booking.Booking;

/** A booking with its rank on the waitlist (null when confirmed or cancelled). */
public record Placed(Booking booking, Integer position) {
}
