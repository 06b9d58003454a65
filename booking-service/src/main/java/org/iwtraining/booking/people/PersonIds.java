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

    /** Every partner person's id begins so, and no HR id may: {@code P-<AGENCY>-<the agency's own id>}. */
    public static final String PARTNER_PREFIX = "P-";
    public static final String PARTNER_MESSAGE = "a partner person's id is P-<agencyCode>-<id> (the agency's own code, then its own id)";

    private PersonIds() {
    }

    /** Whether the id is in the partner namespace (any case of {@code P-}): never an HR id. */
    public static boolean partner(String hrId) {
        return hrId != null && hrId.regionMatches(true, 0, PARTNER_PREFIX, 0, PARTNER_PREFIX.length());
    }

    /** Whether the id is a partner id of that agency: {@code P-<agencyCode>-} and at least one more character. */
    public static boolean partnerOf(String hrId, String agencyCode) {
        String prefix = PARTNER_PREFIX + agencyCode + "-";
        return agencyCode != null && hrId != null && hrId.startsWith(prefix) && hrId.length() > prefix.length();
    }

    public static boolean valid(String hrId) {
        return hrId != null && COMPILED.matcher(hrId).matches();
    }
}
