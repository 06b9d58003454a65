package org.iwtraining.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iwtraining.conventions.testing.OidcServer;

/**
 * The three services started from their packaged jars on fresh {@code *_e2e} databases and free ports,
 * wired to each other by URL exactly as {@code scripts/run-suite.sh} wires them, and to a real OIDC provider
 * (the same mock-oauth2-server and oidc.json as {@code scripts/dev-oidc.sh}) that every token comes from.
 */
final class Suite implements AutoCloseable {

    static final String DB_HOST = env("DB_HOST", "127.0.0.1");
    static final String DB_PORT = env("DB_PORT", "5432");
    static final String DB_USER = env("DB_USER", "postgres");
    static final String DB_PASSWORD = env("DB_PASSWORD", "postgres");
    /** Two checkouts telling the story at once must not share databases. */
    static final String DB_SUFFIX = env("E2E_DB_SUFFIX", "_e2e");

    final OidcServer oidc;
    /** The PostgreSQL server the services use: the shared one, or a fault test's private one. */
    final String dbPort;
    /** The first instance of catalogue-service (the one there is, unless the suite runs several of each). */
    final ServiceProcess catalogue;
    /** Instance i of booking-service and of followup-service ask instance i of catalogue-service. */
    final List<ServiceProcess> catalogues = new ArrayList<>();
    /** Instance i of booking-service delivers its events to instance i of followup-service. */
    final List<ServiceProcess> bookings = new ArrayList<>();
    final List<ServiceProcess> followups = new ArrayList<>();
    private final List<ServiceProcess> all = new ArrayList<>();

    private Suite(OidcServer oidc, Map<String, String> extraEnvironment, int instances, String dbPort) {
        this.oidc = oidc;
        this.dbPort = dbPort;
        Map<String, String> common = new HashMap<>(extraEnvironment);
        common.put("OIDC_AUTH_SERVER_URL", oidc.issuer());
        // booking-service's client credentials; the test provider takes any secret
        common.put("OIDC_CLIENT_SECRET", "e2e");
        common.put("DB_USER", DB_USER);
        common.put("DB_PASSWORD", DB_PASSWORD);
        for (int i = 1; i <= instances; i++) {
            int cataloguePort = ServiceProcess.freePort();
            catalogues.add(service("catalogue-service", instances == 1 ? "catalogue" : "catalogue-" + i, "catalogue",
                    "CATALOGUE", cataloguePort, common));
            int followupPort = ServiceProcess.freePort();
            Map<String, String> wired = new HashMap<>(common);
            wired.put("CATALOGUE_URL", "http://127.0.0.1:" + cataloguePort);
            wired.put("FOLLOWUP_URL", "http://127.0.0.1:" + followupPort);
            followups.add(service("followup-service", "followup-" + i, "followup", "FOLLOWUP", followupPort, wired));
            // the tests' webhook receivers listen on this machine, which booking-service refuses unless listed
            Map<String, String> booking = new HashMap<>(wired);
            booking.putIfAbsent("BOOKING_WEBHOOKS_ALLOW_HOSTS", "127.0.0.1,localhost");
            bookings.add(service("booking-service", "booking-" + i, "booking", "BOOKING", ServiceProcess.freePort(), booking));
        }
        catalogue = catalogues.get(0);
    }

    /** Fresh databases, then the services in dependency order; {@code instances} of each service on the same databases. */
    static Suite start(Map<String, String> extraEnvironment, int instances) {
        return start(extraEnvironment, instances, DB_PORT);
    }

    /** As {@link #start(Map, int)}, on the PostgreSQL server listening on {@code dbPort} of {@link #DB_HOST}. */
    static Suite start(Map<String, String> extraEnvironment, int instances, String dbPort) {
        recreateDatabasesOn(dbPort, "catalogue" + DB_SUFFIX, "booking" + DB_SUFFIX, "followup" + DB_SUFFIX);
        Suite suite = new Suite(OidcServer.start(), extraEnvironment, instances, dbPort);
        try {
            suite.catalogues.forEach(ServiceProcess::start);
            suite.followups.forEach(ServiceProcess::start);
            suite.bookings.forEach(ServiceProcess::start);
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    private ServiceProcess service(String module, String name, String database, String prefix, int port,
            Map<String, String> common) {
        Map<String, String> environment = new HashMap<>(common);
        environment.put(prefix + "_PORT", Integer.toString(port));
        environment.put(prefix + "_DB_URL", jdbcUrl(dbPort, database + DB_SUFFIX));
        ServiceProcess process = new ServiceProcess(module, name, port, environment);
        all.add(process);
        return process;
    }

    /**
     * The console as a process, wired to this suite's services and provider as {@code scripts/run-suite.sh} wires it
     * (client id {@code console}; the provider takes any secret); stopped with the suite.
     */
    ServiceProcess startConsole() {
        int port = ServiceProcess.freePort();
        Map<String, String> environment = new HashMap<>();
        environment.put("CONSOLE_PORT", Integer.toString(port));
        environment.put("OIDC_AUTH_SERVER_URL", oidc.issuer());
        environment.put("OIDC_CLIENT_SECRET", "e2e");
        environment.put("CONSOLE_SESSION_SECRET", "e2e-console-session-cookie-secret-0123456789");
        environment.put("CATALOGUE_URL", catalogue.url());
        environment.put("BOOKING_URL", bookings.get(0).url());
        environment.put("FOLLOWUP_URL", followups.get(0).url());
        ServiceProcess console = new ServiceProcess("console", "console", port, environment);
        all.add(console);
        console.start();
        return console;
    }

    /**
     * An access token from the provider's token endpoint, as the story's actors (the HR system, a coordinator)
     * get theirs: client credentials, holding every role until each operation has its own (the access matrix).
     */
    String token() {
        return oidc.clientCredentials("e2e-story", String.join(",", OidcServer.EVERY_ROLE), null);
    }

    static String jdbcUrl(String database) {
        return jdbcUrl(DB_PORT, database);
    }

    static String jdbcUrl(String port, String database) {
        return "jdbc:postgresql://" + DB_HOST + ":" + port + "/" + database;
    }

    static void recreateDatabases(String... names) {
        recreateDatabasesOn(DB_PORT, names);
    }

    static void recreateDatabasesOn(String port, String... names) {
        try (Connection admin = DriverManager.getConnection(jdbcUrl(port, "postgres"), DB_USER, DB_PASSWORD);
                Statement sql = admin.createStatement()) {
            for (String name : names) {
                sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                sql.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the e2e databases (is PostgreSQL up? scripts/postgres.sh ensure)", e);
        }
    }

    @Override
    public void close() {
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).stop();
        }
        oidc.close();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
