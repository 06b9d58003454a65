package org.iwtraining.booking.config;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.logging.LoggingFilter;

/**
 * A receiver that resets the connection of an outbox delivery (or of a catalogue call) is an expected failure: the
 * caller gets the exception, and the outbox records it as a failed attempt ({@code lastError}) and retries. Vert.x
 * reports the same reset a second time, on its own, at ERROR from {@code ConnectionBase} — only that report is
 * lowered here to DEBUG (shown when that category's DEBUG is on); every other record passes unchanged.
 */
@LoggingFilter(name = "peer-reset")
public final class PeerResetLogFilter implements Filter {

    static final String CONNECTION_BASE = "io.vertx.core.net.impl.ConnectionBase";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (!isPeerReset(record)) {
            return true;
        }
        record.setLevel(Level.FINE);
        return Logger.getLogger(CONNECTION_BASE).isLoggable(Level.FINE);
    }

    static boolean isPeerReset(LogRecord record) {
        String message = record.getMessage();
        return CONNECTION_BASE.equals(record.getLoggerName()) && record.getLevel().intValue() >= Level.SEVERE.intValue()
                && message != null && message.contains("Connection reset");
    }
}
