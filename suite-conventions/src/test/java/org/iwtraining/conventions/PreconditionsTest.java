package org.iwtraining.conventions;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.iwtraining.conventions.http.EntityTags;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.problem.DomainException;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void shouldRequireIfMatchOnOwnedResources() {
        assertEquals(428, assertThrows(DomainException.class, () -> Preconditions.requireIfMatch(null, 3)).toProblem().getStatus());
        assertEquals(428, assertThrows(DomainException.class, () -> Preconditions.requireIfMatch(" ", 3)).toProblem().getStatus());
    }

    @Test
    void shouldRefuseStaleVersion() {
        assertEquals(412, assertThrows(DomainException.class, () -> Preconditions.requireIfMatch("\"2\"", 3)).toProblem().getStatus());
        assertEquals(412, assertThrows(DomainException.class, () -> Preconditions.requireIfMatch("2", 3)).toProblem().getStatus());
    }

    @Test
    void shouldAcceptCurrentVersionStrongOrInList() {
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("W/\"1\",\"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("3", 3));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("*", 3));
    }

    @Test
    void shouldRefuseAWeakTagEvenOfTheCurrentVersion() {
        // RFC 9110 §13.1.1: If-Match uses the strong comparison, a weak tag never matches
        assertEquals(412, assertThrows(DomainException.class, () -> Preconditions.requireIfMatch("W/\"3\"", 3)).toProblem().getStatus());
        assertEquals(412, assertThrows(DomainException.class, () -> Preconditions.checkIfMatch("W/\"0\"", 0)).toProblem().getStatus());
        assertEquals(412, assertThrows(DomainException.class, () -> Preconditions.checkIfMatch("w/\"7\", W/\"7\"", 7)).toProblem().getStatus());
    }

    @Test
    void shouldCompareIfNoneMatchWeakly() {
        assertTrue(EntityTags.weakMatch("W/\"abc\"", "abc"));
        assertTrue(EntityTags.weakMatch("\"x\", \"abc\"", "abc"));
        assertTrue(EntityTags.weakMatch("*", "abc"));
        assertFalse(EntityTags.weakMatch("\"abcd\"", "abc"));
        assertFalse(EntityTags.weakMatch("", "abc"));
    }

    @Test
    void shouldDigestEqualRepresentationsAlikeAndAnyChangeDifferently() {
        record View(String id, int confirmed, java.util.Map<String, Integer> agencies) {
        }
        java.util.Map<String, Integer> ab = new java.util.LinkedHashMap<>();
        ab.put("A", 1);
        ab.put("B", 2);
        java.util.Map<String, Integer> ba = new java.util.LinkedHashMap<>();
        ba.put("B", 2);
        ba.put("A", 1);
        assertEquals(EntityTags.of(new View("s", 1, ab)), EntityTags.of(new View("s", 1, ba)));
        assertNotEquals(EntityTags.of(new View("s", 1, ab)), EntityTags.of(new View("s", 2, ab)));
        assertFalse(EntityTags.of(new View("s", 1, ab)).isWeak());
    }

    @Test
    void shouldLetUpsertsOmitIfMatch() {
        assertDoesNotThrow(() -> Preconditions.checkIfMatch(null, 7));
        assertDoesNotThrow(() -> Preconditions.checkIfMatch("*", 7));
        assertEquals(412, assertThrows(DomainException.class, () -> Preconditions.checkIfMatch("\"6\"", 7)).toProblem().getStatus());
    }
}
