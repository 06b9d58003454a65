package org.iwtraining.booking.attendance;

import java.util.List;

import org.iwtraining.booking.AttendanceStatus;

/** One person's attendance on a session: a booked person or a walk-in; {@code parts} numbered from 1. */
public record AttendanceEntry(String personId, AttendanceStatus status, List<Integer> parts) {
}
