package org.iwtraining.conventions;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void shouldAcceptCurrentVersionStrongWeakOrInList() {
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("3", 3));
    }

    @Test
    void shouldLetUpsertsOmitIfMatch() {
        assertDoesNotThrow(() -> Preconditions.checkIfMatch(null, 7));
        assertDoesNotThrow(() -> Preconditions.checkIfMatch("*", 7));
        assertEquals(412, assertThrows(DomainException.class, () -> Preconditions.checkIfMatch("\"6\"", 7)).toProblem().getStatus());
    }
}
