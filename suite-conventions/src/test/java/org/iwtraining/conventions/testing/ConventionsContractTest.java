package org.iwtraining.conventions.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;
import org.iwtraining.conventions.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The service speaks the suite's conventions even where no resource of its own answers: every refusal the
 * framework makes (unknown path, wrong method, unanswerable Accept, body too large, wrong content type,
 * a query that does not decode) is a problem body. A service's test extends it, adds {@code @QuarkusTest} (and
 * the test resources it boots with) and names a collection that answers GET and POST.
 */
public abstract class ConventionsContractTest {

    /** A collection of this service that answers GET and POST with JSON, e.g. {@code /modules}. */
    protected abstract String collectionPath();

    @Test
    void shouldBeHealthyWithItsDatabase() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldExposeMetrics() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void shouldAnswerUnknownPathWithProblemDetails() {
        problem(given().get("/no-such-thing").then(), 404);
    }

    @Test
    void shouldAnswerOptionsOnAnUnknownPathWith404() {
        problem(given().options("/no-such-thing").then(), 404);
    }

    @Test
    void shouldAnswerOptionsWithTheMethodsOfThatPath() {
        String allow = given().options(collectionPath()).then().statusCode(204).extract().header("Allow");
        Set<String> methods = Arrays.stream(allow.split(",")).map(String::trim).collect(Collectors.toSet());
        assertTrue(methods.containsAll(Set.of("GET", "HEAD", "POST", "OPTIONS")), allow);
        assertEquals(false, methods.contains("DELETE"), allow);
        problem(given().options(collectionPath() + "/a/b/c/d/e").then(), 404);
    }

    @Test
    void shouldAnswerAWrongMethodWith405AndTheAllowedMethods() {
        String allow = problem(given().delete(collectionPath()).then(), 405).extract().header("Allow");
        Set<String> methods = Arrays.stream(allow.split(",")).map(String::trim).collect(Collectors.toSet());
        assertEquals(true, methods.containsAll(Set.of("GET", "POST")), allow);
        assertEquals(false, methods.contains("DELETE"), allow);
    }

    @Test
    void shouldAnswerAnUnanswerableAcceptWith406() {
        problem(given().accept("image/png").get(collectionPath()).then(), 406);
    }

    @Test
    void shouldAnswerAnUnsupportedContentTypeWith415() {
        problem(given().contentType(ContentType.TEXT).body("hello").post(collectionPath()).then(), 415);
    }

    @Test
    void shouldAnswerAnOversizedBodyWith413() throws IOException {
        // refused on its declared length before a byte of it is read: a client still sending a body of many
        // megabytes would see the connection closed under it, so the request declares one and sends none
        long limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
        String[] answer = raw("POST " + collectionPath() + " HTTP/1.1", "Content-Type: application/json\r\nContent-Length: " + (limit + 1) + "\r\n");
        assertTrue(answer[0].startsWith("HTTP/1.1 413"), answer[0]);
        assertTrue(answer[1].toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), answer[1]);
        assertTrue(answer[2].contains("\"status\":413"), answer[2]);
    }

    @Test
    void shouldAnswerAMalformedPercentEncodingInTheQueryWith400() throws IOException {
        // no HTTP client sends such a request line: written by hand
        for (String query : new String[] { "limit=%zz", "cursor=%", "cursor=%C3%28" }) {
            String[] answer = raw("GET " + collectionPath() + "?" + query + " HTTP/1.1", "");
            assertTrue(answer[0].startsWith("HTTP/1.1 400"), query + ": " + answer[0]);
            assertTrue(answer[1].toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), answer[1]);
            assertTrue(answer[2].contains("\"status\":400"), answer[2]);
        }
    }

    /** Status line, headers and body of the answer to a request line sent as is, with a token holding every role. */
    private static String[] raw(String requestLine, String headers) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String request = requestLine + "\r\nHost: localhost\r\nAccept: application/json\r\nAuthorization: "
                    + Tokens.bearer(Roles.COORDINATOR, Roles.VIEWER, Roles.AUDITOR) + "\r\n" + headers + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String head = end < 0 ? answer : answer.substring(0, end);
            int firstLine = head.indexOf("\r\n");
            return new String[] { firstLine < 0 ? head : head.substring(0, firstLine), head, end < 0 ? "" : answer.substring(end + 4) };
        }
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", not(emptyOrNullString()))
                .body("title", not(emptyOrNullString()))
                .body("title", not(containsString("Exception")));
    }
}
