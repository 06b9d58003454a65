package org.iwtraining.conventions.problem;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure of the database's availability — no connection, the server shutting down or refusing
 * connections, the pool giving none in time, a deadlock or serialization failure a retry clears — from a fault
 * of our own. The first is the service being unavailable for a moment (503 with {@code Retry-After}: nothing was
 * written, the request may be sent again), never an "Internal error".
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait: the services reconnect within a second of the database returning. */
    public static final int RETRY_AFTER_SECONDS = 2;

    // SQLSTATE class 08 is "connection exception"; 57P01–57P03 the server shutting down or not yet accepting;
    // 53300 too many connections; 40001/40P01 a serialization failure or deadlock (the transaction was rolled back)
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300", "40001", "40P01");

    private DatabaseUnavailable() {
    }

    /** Whether anything in the failure's cause chain says the database was unavailable. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && (unavailableState(sql.getSQLState())
                    // Agroal's "Acquisition timeout while waiting for new connection": no state, a timeout cause
                    || sql.getCause() instanceof TimeoutException)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || STATES.contains(state));
    }

    static Problem problem() {
        return new Problem(ProblemTypes.forCode("DATABASE_UNAVAILABLE"), "Service unavailable", 503,
                "The database is not answering for a moment; nothing was changed. Retry after the time in Retry-After",
                "DATABASE_UNAVAILABLE", null, null);
    }
}
