package org.iwtraining.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a fault test's own, on a free port, which the test may stop and start again: never the
 * machine's shared server, which other work uses. Started by {@code scripts/postgres.sh} (it knows how to initialise
 * a cluster as the postgres user when run as root), with this JVM recorded as its only caller.
 */
final class PrivatePostgres implements AutoCloseable {

    private static final Path SCRIPT = Path.of("..", "scripts", "postgres.sh").toAbsolutePath().normalize();

    private final int port;
    private final Path dataDir;

    private PrivatePostgres(int port) {
        this.port = port;
        this.dataDir = Path.of(System.getProperty("java.io.tmpdir"), "iw-fault-pg-" + port);
    }

    static PrivatePostgres start() {
        PrivatePostgres server = new PrivatePostgres(ServiceProcess.freePort());
        server.startServer();
        return server;
    }

    String port() {
        return Integer.toString(port);
    }

    /** Starts (or starts again) the server on its port, waiting until it accepts connections. */
    void startServer() {
        run(List.of("bash", SCRIPT.toString(), "ensure", "postgres"), true);
    }

    /** Stops the server at once ({@code -m fast}: open connections are cut, as in a failover or a crash restart). */
    void stopServer() {
        run(asOwner(List.of(pgCtl().toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop")), false);
    }

    @Override
    public void close() {
        run(List.of("bash", SCRIPT.toString(), "stop"), true);
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover directory in the temporary folder harms nothing
        }
    }

    private void run(List<String> command, boolean throughScript) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        if (throughScript) {
            builder.environment().put("IW_PGDATA", dataDir.toString());
            builder.environment().put("DB_HOST", Suite.DB_HOST);
            builder.environment().put("DB_PORT", port());
            builder.environment().put("IW_PG_START", "1");
            builder.environment().put("IW_PG_CALLER", Long.toString(ProcessHandle.current().pid()));
        }
        try {
            Process process = builder.start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("failed: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    /** The server runs as the postgres user when the tests run as root (initdb refuses root). */
    private static List<String> asOwner(List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> owned = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        owned.addAll(command);
        return owned;
    }

    private static Path pgCtl() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin").resolve("pg_ctl")).filter(Files::isExecutable)
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("no pg_ctl under /usr/lib/postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL server binaries under /usr/lib/postgresql", e);
        }
    }
}
