package org.iwtraining.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * One packaged service running as a real process, as an operator would run it: {@code java -jar
 * quarkus-run.jar} with its settings in the environment. It can be stopped and started again on the same
 * port, which is how the story shows that events survive a receiver being down.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path logDir;
    private Process process;
    private int starts;

    ServiceProcess(String module, String name, int port, Map<String, String> environment) {
        this.name = name;
        this.jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.logDir = Path.of("target", "e2e-logs");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
        }
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + "-" + (++starts) + ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-Xmx384m", "-Dvertx.disableURIValidation=true", "-jar", jar.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            process = builder.start();
            awaitReady(log);
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name, e);
        }
    }

    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady(Path log) throws IOException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        try {
            await(name + " to be ready").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250))
                    .failFast(name + " exited while starting", () -> !process.isAlive())
                    // not listening yet
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (TerminalFailureException e) {
            throw new IllegalStateException(name + " exited while starting:\n" + tail(log), e);
        } catch (ConditionTimeoutException e) {
            stop();
            throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + ":\n" + tail(log), e);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
