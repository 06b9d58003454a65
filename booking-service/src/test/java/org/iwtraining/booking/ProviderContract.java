package org.iwtraining.booking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * A provider's checked-in OpenAPI 3.1 document, used to judge what booking-service's clients send and expect.
 * OpenAPI 3.1 schemas are JSON Schema 2020-12, so each body is validated by a 2020-12 validator against the
 * operation's schema, with the document's {@code components} alongside so {@code $ref}s resolve.
 */
final class ProviderContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final String name;
    private final JsonNode document;

    private ProviderContract(String name, JsonNode document) {
        this.name = name;
        this.document = document;
    }

    /** The documents of the sibling modules; Surefire runs in booking-service's directory. */
    static ProviderContract catalogue() {
        return load("catalogue-service", Path.of("../catalogue-service/openapi.json"));
    }

    static ProviderContract followup() {
        return load("followup-service", Path.of("../followup-service/openapi.json"));
    }

    static ProviderContract load(String name, Path file) {
        try {
            return new ProviderContract(name, JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProviderContract of(String name, JsonNode document) {
        return new ProviderContract(name, document);
    }

    JsonNode document() {
        return document.deepCopy();
    }

    /** The path template of the document that routes this URL, if any. */
    Optional<String> route(String url) {
        String path = url.split("\\?", 2)[0];
        if (document.path("paths").has(path)) {
            return Optional.of(path);
        }
        for (Map.Entry<String, JsonNode> entry : document.path("paths").properties()) {
            String regex = Pattern.quote(entry.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    List<String> checkRequest(String method, String url, String body) {
        List<String> violations = new ArrayList<>();
        Optional<JsonNode> operation = operation(method, url, violations);
        if (operation.isEmpty()) {
            return violations;
        }
        JsonNode requestBody = operation.get().path("requestBody");
        boolean sent = body != null && !body.isBlank();
        if (requestBody.isMissingNode()) {
            if (sent) {
                violations.add(where(method, url) + " takes no body");
            }
        } else if (!sent) {
            if (requestBody.path("required").asBoolean()) {
                violations.add(where(method, url) + " requires a body");
            }
        } else {
            validate(requestBody.path("content").path("application/json").path("schema"), body, where(method, url) + " request", violations);
        }
        return violations;
    }

    List<String> checkResponse(String method, String url, int status, String body) {
        List<String> violations = new ArrayList<>();
        Optional<JsonNode> operation = operation(method, url, violations);
        if (operation.isEmpty()) {
            return violations;
        }
        JsonNode response = operation.get().path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            // Outages (5xx) and throttling (429) come from the infrastructure, not the contract; anything else must be declared.
            if (status < 500 && status != 429) {
                violations.add(where(method, url) + " never answers " + status);
            }
            return violations;
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (!schema.isMissingNode()) {
            if (body == null || body.isBlank()) {
                violations.add(where(method, url) + " " + status + " is documented with a body, the stub sends none");
            } else {
                validate(schema, body, where(method, url) + " " + status + " response", violations);
            }
        }
        return violations;
    }

    /**
     * What the consumer reads: every component of the record it deserialises the answer into must be a property
     * of the provider's schema, of a compatible type (the schemas require nothing, so a renamed field would
     * otherwise pass as an absent one).
     */
    List<String> checkConsumerView(Class<?> view, String schemaName) {
        List<String> violations = new ArrayList<>();
        JsonNode schema = document.path("components").path("schemas").path(schemaName);
        if (schema.isMissingNode()) {
            return List.of(name + " has no schema " + schemaName + " for " + view.getSimpleName());
        }
        for (RecordComponent component : view.getRecordComponents()) {
            JsonNode property = schema.path("properties").path(component.getName());
            if (property.isMissingNode()) {
                violations.add(name + " " + schemaName + " has no property " + component.getName() + " that "
                        + view.getSimpleName() + " reads");
            } else {
                String expected = jsonType(component.getGenericType());
                String actual = resolve(property).path("type").asText();
                if (!expected.equals(actual)) {
                    violations.add(name + " " + schemaName + "." + component.getName() + " is " + actual + ", "
                            + view.getSimpleName() + " reads " + expected);
                }
            }
        }
        return violations;
    }

    private Optional<JsonNode> operation(String method, String url, List<String> violations) {
        Optional<String> route = route(url);
        if (route.isEmpty()) {
            violations.add(name + " has no path for " + url);
            return Optional.empty();
        }
        JsonNode operation = document.path("paths").path(route.get()).path(method.toLowerCase());
        if (operation.isMissingNode()) {
            violations.add(name + " has no " + method + " " + route.get());
            return Optional.empty();
        }
        return Optional.of(operation);
    }

    private void validate(JsonNode schema, String body, String what, List<String> violations) {
        if (schema.isMissingNode()) {
            violations.add(what + ": " + name + " declares no JSON schema");
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.path("components"));
        root.setAll((ObjectNode) schema);
        try {
            SCHEMAS.getSchema(root, CONFIG).validate(withoutNulls(JSON.readTree(body)))
                    .forEach(message -> violations.add(what + ": " + message.getMessage()));
        } catch (IOException e) {
            violations.add(what + ": not JSON (" + e.getMessage() + ")");
        }
    }

    /**
     * Both sides are Jackson over Java records: a null member is read as an absent one, and the generated documents
     * say "optional" rather than "nullable". So a null is checked as an absence, which {@code required} still catches.
     */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(member -> member.getValue().isNull());
        }
        node.forEach(ProviderContract::withoutNulls);
        return node;
    }

    private JsonNode resolve(JsonNode property) {
        String ref = property.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : property;
    }

    private static String jsonType(Type type) {
        Type raw = type instanceof ParameterizedType parameterized ? parameterized.getRawType() : type;
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            return "integer";
        }
        if (raw instanceof Class<?> cls && List.class.isAssignableFrom(cls)) {
            return "array";
        }
        return "string";
    }

    private String where(String method, String url) {
        return name + " " + method + " " + url;
    }
}
