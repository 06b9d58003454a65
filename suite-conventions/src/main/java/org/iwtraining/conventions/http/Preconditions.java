package org.iwtraining.conventions.http;

import jakarta.ws.rs.core.EntityTag;

import org.iwtraining.conventions.problem.DomainException;

/**
 * {@code ETag}/{@code If-Match} for versioned resources: the ETag is the resource's version, or a digest of its
 * representation where that shows more than the row ({@link EntityTags}). A PUT on a
 * resource the suite owns must send {@code If-Match} (missing → 428, stale → 412); an upsert keyed by an
 * outside id honours it only when sent. Services call the checks too (they hold the current version), so a
 * refusal is a {@link DomainException}. {@code If-Match} uses the strong comparison (RFC 9110 §13.1.1): a weak
 * tag ({@code W/"3"}) never matches, so it is 412 even when its value is the current one.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return EntityTags.ofVersion(version);
    }

    /** A tag whose value the resource keeps itself, e.g. the catalogue's revision. */
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
        if (ifMatch == null || ifMatch.isBlank() || EntityTags.strongMatch(ifMatch, current)) {
            return;
        }
        throw DomainException.preconditionFailed("PRECONDITION_FAILED", "Stale version",
                "The resource has changed since that ETag; fetch it again and retry");
    }

    public static void checkIfMatch(String ifMatch, long currentVersion) {
        checkIfMatch(ifMatch, Long.toString(currentVersion));
    }
}
