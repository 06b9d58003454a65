package org.iwtraining.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import io.restassured.http.ContentType;

/**
 * What every console walk stands on: one suite (the three services, the OIDC provider) and the console started once
 * per class, a fresh browser per test, and the calls that set up a walk's data through booking-service's API with a
 * coordinator's token. A walk's own {@code @BeforeAll} runs after this class's, with the suite up.
 */
abstract class ConsoleWalk {

    static final String COORDINATOR = "{\"roles\":\"coordinator\"}";

    static Suite suite;
    static ServiceProcess console;
    /** booking-service's base URL and a token for the setup calls. */
    static String booking;
    static String token;

    ConsoleBrowser browser;

    @BeforeAll
    static void startSuiteAndConsole() {
        suite = Suite.start(Map.of(), 1);
        console = suite.startConsole();
        token = suite.token();
        booking = suite.bookings.get(0).url();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = new ConsoleBrowser(console.url());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** The agencies (code → sector), each named by its code; answers their codes in order. */
    static List<String> createAgencies(Map<String, String> sectorByCode) {
        sectorByCode.forEach((code, sector) -> given().baseUri(booking).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", code, "sector", sector)).post("/agencies").then().statusCode(201));
        return List.copyOf(new TreeSet<>(sectorByCode.keySet()));
    }

    /** People as HR sends them, in one import. */
    static void importPeople(List<Map<String, Object>> rows) {
        given().baseUri(booking).auth().oauth2(token).contentType(ContentType.JSON).body(rows).post("/people/import")
                .then().statusCode(200);
    }
}
