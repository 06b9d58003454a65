package org.iwtraining.booking.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

class PeerResetLogFilterTest {

    private final PeerResetLogFilter filter = new PeerResetLogFilter();

    @Test
    void shouldLowerVertxsOwnReportOfAPeerResetToDebug() {
        LogRecord reset = record(PeerResetLogFilter.CONNECTION_BASE, Level.SEVERE, "Connection reset");

        assertFalse(filter.isLoggable(reset), "hidden while the category's DEBUG is off");
        assertEquals(Level.FINE, reset.getLevel());
        assertFalse(filter.isLoggable(record(PeerResetLogFilter.CONNECTION_BASE, Level.SEVERE,
                "recvAddress(..) failed: Connection reset by peer")));
    }

    @Test
    void shouldLeaveEveryOtherRecordAsItIs() {
        LogRecord otherError = record(PeerResetLogFilter.CONNECTION_BASE, Level.SEVERE, "SSL handshake failed");
        LogRecord ourReset = record("org.iwtraining.booking.outbox.OutboxDispatcher", Level.SEVERE, "Connection reset");
        LogRecord warning = record(PeerResetLogFilter.CONNECTION_BASE, Level.WARNING, "Connection reset");

        for (LogRecord record : new LogRecord[] {otherError, ourReset, warning}) {
            Level before = record.getLevel();
            assertTrue(filter.isLoggable(record), record.getMessage());
            assertEquals(before, record.getLevel());
        }
    }

    private static LogRecord record(String logger, Level level, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger);
        return record;
    }
}
