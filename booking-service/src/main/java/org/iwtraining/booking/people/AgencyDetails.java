package org.iwtraining.booking.people;

import org.iwtraining.booking.Sector;

/** An agency as the HR system names it; {@code code} may be absent when a path gives it. */
public record AgencyDetails(String code, String name, Sector sector) {
}
