package org.iwtraining.conventions.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The served OpenAPI document is the contract HR systems and the other services code against: it must not
 * drift from the module's checked-in {@code openapi.json}. After an intended change, regenerate it with
 * {@code ./mvnw -pl <service> verify -Dopenapi.update=true} and commit the diff. A service's test extends it
 * and adds {@code @QuarkusTest}.
 */
public abstract class OpenApiDocumentTest {

    private static final Path CHECKED_IN = Path.of("openapi.json");

    @Test
    void shouldServeTheCheckedInContract() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        String body = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode served = json.readTree(body);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CHECKED_IN, json.writeValueAsString(json.treeToValue(served, Object.class)) + "\n");
        }
        assertEquals(json.readTree(Files.readString(CHECKED_IN)), served,
                "the served OpenAPI document differs from openapi.json; regenerate it with -Dopenapi.update=true if the change is intended");
    }
}
