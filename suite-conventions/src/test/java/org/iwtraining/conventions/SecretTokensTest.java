package org.iwtraining.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.iwtraining.conventions.security.SecretTokens;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void shouldMakeUrlSafeSecretsOfAtLeast128Bits() {
        String secret = SecretTokens.generate();
        assertTrue(Base64.getUrlDecoder().decode(secret).length * 8 >= 128);
        assertTrue(secret.matches("[A-Za-z0-9_-]+"), secret);
        assertNotEquals(secret, SecretTokens.generate());
    }

    @Test
    void shouldMatchOnlyTheSecretWhoseHashIsStored() {
        String secret = SecretTokens.generate();
        String stored = SecretTokens.hash(secret);
        assertNotEquals(secret, stored);
        assertEquals(64, stored.length());
        assertTrue(SecretTokens.matches(secret, stored));
        assertFalse(SecretTokens.matches(SecretTokens.generate(), stored));
        assertFalse(SecretTokens.matches(secret + "x", stored));
        assertFalse(SecretTokens.matches(null, stored));
    }
}
