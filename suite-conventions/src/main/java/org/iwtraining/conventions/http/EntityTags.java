package org.iwtraining.conventions.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.ws.rs.core.EntityTag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Strong entity tags (RFC 9110 §8.8.3) and their comparison. A tag must change whenever the representation does:
 * <ul>
 * <li>{@link #ofVersion(long)}, the row's version, for a representation that is that one row and nothing else
 * (a module, an agency, a person, a bank-holiday override): every change of the row bumps its version;</li>
 * <li>{@link #of(Object)}, a digest of the representation itself, for one that also shows what other rows or
 * the clock decide (a session's confirmed and waitlisted counts, its mix and whether its caps have lifted; a case
 * with its calls; a calendar feed). The digest is SHA-256 over the JSON of the view (or the feed's text), with map
 * members in key order, so equal representations get equal tags and any change of a member gives a new one;
 * computing it costs one more serialisation of a body that is a few kilobytes at most, and no column.</li>
 * </ul>
 */
public final class EntityTags {

    /** Every member written, maps in key order, dates as ISO text: the digest sees the whole representation. */
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EntityTags() {
    }

    public static EntityTag ofVersion(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The digest of a view (a record or any Jackson-serialisable value) or of a text body such as a feed. */
    public static EntityTag of(Object representation) {
        byte[] bytes;
        if (representation instanceof String text) {
            bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else {
            try {
                bytes = JSON.writeValueAsBytes(representation);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a representation could not be written as JSON", e);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            // 144 bits: no two representations of one resource meet by chance
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 24));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** One member of an {@code If-Match} or {@code If-None-Match} list: its opaque value and whether it is weak. */
    record Candidate(String value, boolean weak) {
    }

    /**
     * The tags of an {@code If-Match}/{@code If-None-Match} value ({@code "a", W/"b"}); {@code *} is not a tag and is
     * left to the caller. A bare value without quotes is taken as a strong tag, as clients often send one.
     */
    static List<Candidate> parse(String header) {
        List<Candidate> tags = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            boolean weak = false;
            if ((c == 'W' || c == 'w') && i + 1 < n && header.charAt(i + 1) == '/') {
                weak = true;
                i += 2;
            }
            if (i < n && header.charAt(i) == '"') {
                int end = header.indexOf('"', i + 1);
                if (end < 0) {
                    end = n;
                }
                tags.add(new Candidate(header.substring(i + 1, end), weak));
                i = end + 1;
            } else {
                int end = header.indexOf(',', i);
                if (end < 0) {
                    end = n;
                }
                tags.add(new Candidate(header.substring(i, end).trim(), weak));
                i = end;
            }
        }
        return tags;
    }

    static boolean isAny(String header) {
        return header != null && header.trim().equals("*");
    }

    /** Strong comparison (§8.8.3.2), for {@code If-Match}: a weak tag never matches. */
    public static boolean strongMatch(String header, String current) {
        if (header == null) {
            return false;
        }
        if (isAny(header)) {
            return true;
        }
        return parse(header).stream().anyMatch(t -> !t.weak() && t.value().equals(current));
    }

    /** Weak comparison, for {@code If-None-Match} (§13.1.2): {@code W/"x"} matches {@code "x"}; {@code *} matches anything. */
    public static boolean weakMatch(String header, String current) {
        if (header == null) {
            return false;
        }
        if (isAny(header)) {
            return true;
        }
        return parse(header).stream().anyMatch(t -> t.value().equals(current));
    }
}
