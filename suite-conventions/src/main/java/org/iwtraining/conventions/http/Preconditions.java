package org.iwtraining.conventions.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

import org.iwtraining.conventions.problem.DomainException;

/**
 * {@code ETag}/{@code If-Match} for versioned resources: the ETag is the resource's version. A PUT on a
 * resource the suite owns must send {@code If-Match} (missing → 428, stale → 412); an upsert keyed by an
 * outside id honours it only when sent. Services call the checks too (they hold the current version), so a
 * refusal is a {@link DomainException}.
 */
public final class Preconditions {

    /** A quoted entity tag, weak or strong; a bare value is accepted too, as clients often send one. */
    private static final Pattern TAG = Pattern.compile("^\\s*(?:W/)?\"?([^\"\\s]*)\"?\\s*$");

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static EntityTag etag(String value) {
        return new EntityTag(value);
    }

    /** For resources the suite owns and versions: {@code If-Match} is required. */
    public static void requireIfMatch(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw DomainException.preconditionRequired("PRECONDITION_REQUIRED", "If-Match required",
                    "Send If-Match with the ETag of the version you are changing");
        }
        checkIfMatch(ifMatch, current);
    }

    public static void requireIfMatch(String ifMatch, long currentVersion) {
        requireIfMatch(ifMatch, Long.toString(currentVersion));
    }

    /** For upserts keyed by an outside id: {@code If-Match} is checked when sent, and may be left out. */
    public static void checkIfMatch(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            Matcher m = TAG.matcher(candidate);
            if (m.matches() && m.group(1).equals(current)) {
                return;
            }
        }
        throw DomainException.preconditionFailed("PRECONDITION_FAILED", "Stale version",
                "The resource has changed since that ETag; fetch it again and retry");
    }

    public static void checkIfMatch(String ifMatch, long currentVersion) {
        checkIfMatch(ifMatch, Long.toString(currentVersion));
    }
}
