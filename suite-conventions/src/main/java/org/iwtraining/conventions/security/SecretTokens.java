package org.iwtraining.conventions.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets carried in a URL where no bearer token can be (a calendar feed, a trainer's self-report link): 192
 * random bits, shown once, stored only as their SHA-256 hash, compared in constant time. A hash is enough (no
 * slow password hash): the secret is random, not chosen by a person, so it cannot be guessed from a dictionary.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 24;

    private SecretTokens() {
    }

    /** A new secret, URL-safe. */
    public static String generate() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What is stored of a secret. */
    public static String hash(String secret) {
        return HexFormat.of().formatHex(digest(secret));
    }

    /** Whether a presented secret is the one whose hash is stored; no timing tells how much of it matched. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(digest(presented), HexFormat.of().parseHex(storedHash));
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
