package org.iwtraining.booking.people;

import java.util.regex.Pattern;

/**
 * The format of an HR id, checked before anything is written under it: letters, digits and {@code - _ . : @},
 * 1 to 100 characters. Nothing in it needs encoding in a URL path, and nothing in it is markup or a separator of
 * the formats the suite writes (CSV, iCalendar, SQL).
 */
public final class PersonIds {

    /** The pattern, as Bean Validation and the OpenAPI document state it. */
    public static final String PATTERN = "[A-Za-z0-9._:@-]{1,100}";
    public static final String MESSAGE = "1 to 100 letters, digits, '-', '_', '.', ':' or '@'";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private PersonIds() {
    }

    public static boolean valid(String hrId) {
        return hrId != null && COMPILED.matcher(hrId).matches();
    }
}
