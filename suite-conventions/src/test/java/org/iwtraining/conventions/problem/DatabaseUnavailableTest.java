package org.iwtraining.conventions.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void shouldTakeTheDatabaseGoneOrBusyForUnavailability() {
        // the PostgreSQL driver's states: connection refused or lost, the server shutting down, not yet accepting
        for (String state : new String[] { "08001", "08006", "57P01", "57P03", "53300", "40P01" }) {
            assertTrue(DatabaseUnavailable.causes(wrapped(new SQLException("from the driver", state))), state);
        }
        // Agroal: the pool gave no connection in time
        assertTrue(DatabaseUnavailable.causes(wrapped(new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException()))));
        assertTrue(DatabaseUnavailable.causes(wrapped(new SQLTransientConnectionException("gone"))));
    }

    @Test
    void shouldLeaveOurOwnFaultsAnInternalError() {
        assertFalse(DatabaseUnavailable.causes(wrapped(new SQLException("duplicate key value", "23505"))));
        assertFalse(DatabaseUnavailable.causes(wrapped(new SQLException("syntax error", "42601"))));
        assertFalse(DatabaseUnavailable.causes(new IllegalStateException("a bug")));
    }

    @Test
    void shouldAnswer503WithRetryAfterAndACode() {
        Response answer = new ProblemMappers.UnexpectedMapper().toResponse(wrapped(new SQLException("refused", "08001")));
        assertEquals(503, answer.getStatus());
        assertEquals("2", answer.getHeaderString("Retry-After"));
        Problem problem = (Problem) answer.getEntity();
        assertEquals("DATABASE_UNAVAILABLE", problem.getCode());
        assertEquals("https://iw-training.example/problems/database-unavailable", problem.getType());
    }

    @Test
    void shouldAskForARetryOnEveryServiceUnavailable() {
        Response catalogue = new ProblemMappers.DomainExceptionMapper()
                .toResponse(DomainException.unavailable("CATALOGUE_UNAVAILABLE", "Catalogue unavailable", "later"));
        assertEquals("2", catalogue.getHeaderString("Retry-After"));
        Response refused = new ProblemMappers.DomainExceptionMapper()
                .toResponse(DomainException.refused("ALREADY_TRAINED", "Already trained", "done"));
        assertNull(refused.getHeaderString("Retry-After"));
    }

    /** As Hibernate and the transaction manager hand it on (wrapped twice): the driver's exception a few causes down. */
    private static RuntimeException wrapped(Exception driver) {
        return new RuntimeException("transaction failed", new IllegalStateException("could not execute statement", driver));
    }
}
