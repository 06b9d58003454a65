package org.iwtraining.booking.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.iwtraining.booking.Sector;
import org.iwtraining.booking.people.AgencyDetails;

/** An agency; {@code code} is taken from the path on PUT and may then be left out. */
public record AgencyRequest(
        @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "letters, digits, '_', '.' or '-'") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull Sector sector) {

    public AgencyDetails details() {
        return new AgencyDetails(code, name, sector);
    }
}
