package org.iwtraining.conventions.problem;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;

/**
 * Tells two requests that changed one resource at the same moment from a fault of our own: the one whose
 * transaction lost — its versioned update or delete found the row already changed or gone, or its insert met the
 * row the other had just inserted (a unique violation, SQLSTATE 23505) — is rolled back and answered 409
 * {@code CONCURRENT_CHANGE}, so the client reads the resource again and decides, never an "Internal error".
 */
public final class ConcurrentChange {

    private static final String UNIQUE_VIOLATION = "23505";

    private ConcurrentChange() {
    }

    /** Whether anything in the failure's cause chain is a lost race on one row. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static Problem problem() {
        return new Problem(ProblemTypes.forCode("CONCURRENT_CHANGE"), "Conflict", 409,
                "Another request changed this resource at the same moment; nothing was changed. Read it again and retry",
                "CONCURRENT_CHANGE", null, null);
    }
}
