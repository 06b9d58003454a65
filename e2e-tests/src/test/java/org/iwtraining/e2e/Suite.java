package org.iwtraining.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three services started from their packaged jars on fresh {@code *_e2e} databases and free ports,
 * wired to each other by URL exactly as {@code scripts/run-suite.sh} wires them.
 */
final class Suite implements AutoCloseable {

    static final String DB_HOST = env("DB_HOST", "127.0.0.1");
    static final String DB_PORT = env("DB_PORT", "5432");
    static final String DB_USER = env("DB_USER", "postgres");
    static final String DB_PASSWORD = env("DB_PASSWORD", "postgres");

    final ServiceProcess catalogue;
    final ServiceProcess booking;
    final ServiceProcess followup;
    private final List<ServiceProcess> all = new ArrayList<>();

    private Suite(Map<String, String> extraEnvironment) {
        int cataloguePort = ServiceProcess.freePort();
        int bookingPort = ServiceProcess.freePort();
        int followupPort = ServiceProcess.freePort();
        Map<String, String> common = new HashMap<>(extraEnvironment);
        common.put("DB_USER", DB_USER);
        common.put("DB_PASSWORD", DB_PASSWORD);
        common.put("CATALOGUE_URL", "http://127.0.0.1:" + cataloguePort);
        common.put("BOOKING_URL", "http://127.0.0.1:" + bookingPort);
        common.put("FOLLOWUP_URL", "http://127.0.0.1:" + followupPort);
        catalogue = service("catalogue-service", "catalogue", "CATALOGUE", cataloguePort, common);
        booking = service("booking-service", "booking", "BOOKING", bookingPort, common);
        followup = service("followup-service", "followup", "FOLLOWUP", followupPort, common);
    }

    /** Fresh databases, then the services in dependency order. */
    static Suite start(Map<String, String> extraEnvironment) {
        recreateDatabases("catalogue_e2e", "booking_e2e", "followup_e2e");
        Suite suite = new Suite(extraEnvironment);
        try {
            suite.catalogue.start();
            suite.followup.start();
            suite.booking.start();
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    private ServiceProcess service(String module, String name, String prefix, int port, Map<String, String> common) {
        Map<String, String> environment = new HashMap<>(common);
        environment.put(prefix + "_PORT", Integer.toString(port));
        environment.put(prefix + "_DB_URL", jdbcUrl(name + "_e2e"));
        ServiceProcess process = new ServiceProcess(module, name, port, environment);
        all.add(process);
        return process;
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + DB_HOST + ":" + DB_PORT + "/" + database;
    }

    private static void recreateDatabases(String... names) {
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), DB_USER, DB_PASSWORD);
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
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
