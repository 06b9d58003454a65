package org.iwtraining.conventions.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iwtraining.conventions.security.Roles;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.specification.RequestSpecification;

/**
 * Walks every operation of the service's served OpenAPI document against {@code docs/access-matrix.md}: no
 * token is 401, each role without the right is 403, each role with it is neither; an operation the matrix
 * lacks, or a row no operation has, fails. It reads the document and the matrix, never the code's own
 * annotations, so it cannot check the code against itself. A service's test extends it with
 * {@code @QuarkusTest} and names its section.
 */
public abstract class AccessMatrixContractTest {

    /** Every role of the suite (DESIGN.md, security). */
    public static final List<String> ROLES = List.of(Roles.CATALOGUE_EDITOR, Roles.COORDINATOR, Roles.AGENCY_LEAD,
            Roles.CALLER, Roles.HR_SYSTEM, Roles.AUDITOR, Roles.VIEWER, Roles.SERVICE);

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(GET|POST|PUT|DELETE|PATCH) ([^`]+)`\\s*\\|([^|]*)\\|");
    private static final Path MATRIX = Path.of("..", "docs", "access-matrix.md");

    /** The heading of the service's section in the matrix, e.g. {@code booking-service}. */
    protected abstract String service();

    /** A token holding only this role (an agency lead's with an agency of its own). */
    protected String tokenFor(String role) {
        return Tokens.of(role).agency("MATRIX-AGENCY").subject("matrix-" + role).jwt();
    }

    /** One row: the roles allowed, or none for an operation that takes a secret in its URL. */
    private static final String FORM = "application/x-www-form-urlencoded";

    record Access(Set<String> roles, boolean secret) {
    }

    @Test
    void shouldHaveARowForEveryOperationAndAnOperationForEveryRow() throws IOException {
        Set<String> documented = operations().keySet();
        Set<String> rows = matrix().keySet();
        Set<String> withoutRow = new TreeSet<>(documented);
        withoutRow.removeAll(rows);
        Set<String> withoutOperation = new TreeSet<>(rows);
        withoutOperation.removeAll(documented);
        assertTrue(withoutRow.isEmpty() && withoutOperation.isEmpty(), "operations without a row in " + MATRIX + ": "
                + withoutRow + "; rows without an operation: " + withoutOperation);
    }

    @Test
    void shouldAnswerEveryRoleAsTheMatrixSays() throws IOException {
        Map<String, Access> matrix = matrix();
        Map<String, String> tokens = new LinkedHashMap<>();
        ROLES.forEach(role -> tokens.put(role, tokenFor(role)));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> operation : operations().entrySet()) {
            Access access = matrix.get(operation.getKey());
            if (access == null) {
                continue; // reported by the other test
            }
            String[] verbAndPath = operation.getKey().split(" ", 2);
            String bodyType = bodyType(operation.getValue());
            int anonymous = call(verbAndPath[0], verbAndPath[1], bodyType, null);
            if (access.secret()) {
                expect(wrong, operation.getKey(), "no secret", anonymous, 404);
                expect(wrong, operation.getKey(), "a token but no secret", call(verbAndPath[0], verbAndPath[1], bodyType,
                        tokens.get("coordinator")), 404);
                continue;
            }
            expect(wrong, operation.getKey(), "no token", anonymous, 401);
            for (String role : ROLES) {
                int status = call(verbAndPath[0], verbAndPath[1], bodyType, tokens.get(role));
                if (access.roles().contains(role)) {
                    if (status == 401 || status == 403) {
                        wrong.add(operation.getKey() + " as " + role + ": " + status + ", the matrix allows it");
                    }
                } else {
                    expect(wrong, operation.getKey(), role, status, 403);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void expect(List<String> wrong, String operation, String who, int status, int expected) {
        if (status != expected) {
            wrong.add(operation + " with " + who + ": " + status + " (expected " + expected + ")");
        }
    }

    /** A form for an operation that documents only a form body (an HTML form's), JSON for every other. */
    private static String bodyType(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        return content.size() == 1 && content.has(FORM) ? FORM : "application/json";
    }

    /**
     * Calls the operation with placeholder ids and an empty body of its type ({@code {}} for JSON, no fields for a
     * form): enough to pass or fail the access check.
     */
    private static int call(String verb, String template, String bodyType, String token) {
        RequestSpecification request = token == null ? Tokens.anonymous() : given().header(Tokens.HEADER, "Bearer " + token);
        if (verb.equals("POST") || verb.equals("PUT") || verb.equals("PATCH")) {
            request.contentType(bodyType).body(bodyType.equals(FORM) ? "" : "{}");
        }
        String path = template.replaceAll("\\{[^}]+}", "no-such-id");
        return request.request(verb, path).then().extract().statusCode();
    }

    /** {@code "GET /people/{hrId}"} for every operation of the served document but the framework's {@code /q}. */
    private static Map<String, JsonNode> operations() throws IOException {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            path.getValue().fields().forEachRemaining(method -> {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                }
            });
        }
        return operations;
    }

    private Map<String, Access> matrix() throws IOException {
        Map<String, Access> rows = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(MATRIX)) {
            if (line.startsWith("## ")) {
                inSection = line.substring(3).strip().equals(service());
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inSection && row.find()) {
                String roles = row.group(3).strip();
                Access access = roles.equals("secret") ? new Access(Set.of(), true)
                        : roles.equals("all") ? new Access(Set.copyOf(ROLES), false)
                                : new Access(Set.of(roles.split("\\s*,\\s*")), false);
                assertTrue(access.secret() || ROLES.containsAll(access.roles()), "unknown role in: " + line);
                rows.put(row.group(1) + " " + row.group(2).strip(), access);
            }
        }
        assertTrue(!rows.isEmpty(), "no section '## " + service() + "' with rows in " + MATRIX);
        return rows;
    }
}
