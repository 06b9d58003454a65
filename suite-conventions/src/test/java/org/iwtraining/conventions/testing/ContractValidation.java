package org.iwtraining.conventions.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every response a test receives to the service's own contract: the OpenAPI document it serves at
 * {@code /q/openapi} (fetched once per service). The status must be documented for the operation; an {@code ETag},
 * {@code Location} or {@code Idempotent-Replayed} header sent must be documented on that response; a JSON body
 * must match the documented schema (JSON Schema 2020-12, as OpenAPI 3.1 schemas are, with the document's
 * components resolving {@code $ref}s); a response documented without a body must have none. An answer for a path
 * or method the document does not have (404, 405) must still be a {@code Problem}. A violation fails the test
 * that made the request.
 * <p>
 * Installed once per module, beside the default token ({@link OidcServerResource}); the e2e story installs it for
 * each service it calls, also checking what it sends ({@link #withRequests()}).
 */
public final class ContractValidation implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, Contract> CONTRACTS = new ConcurrentHashMap<>();
    /** Headers whose presence the document must state when a response carries them. */
    private static final List<String> DOCUMENTED_HEADERS = List.of("ETag", "Location", "Idempotent-Replayed");

    private final boolean requests;

    public ContractValidation() {
        this(false);
    }

    private ContractValidation(boolean requests) {
        this.requests = requests;
    }

    /**
     * Whether the module's tests are held to the contract: on unless the build says
     * {@code -Dcontract.validation=off} (the property {@code contract.validation} of the module's pom).
     */
    public static boolean enabled() {
        return !"off".equalsIgnoreCase(System.getProperty("contract.validation", "on").strip());
    }

    /** Also checks each request body against the operation's request schema (for flows that send only valid input). */
    public static ContractValidation withRequests() {
        return new ContractValidation(true);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        URI uri = URI.create(request.getURI());
        String path = URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        boolean checked = !path.startsWith("/q/") && !method.equals("options");
        if (checked && requests) {
            List<String> violations = new ArrayList<>();
            contract(uri).checkRequest(method, path, request, violations);
            fail(violations);
        }
        Response response = context.next(request, responseSpec);
        if (checked) {
            List<String> violations = new ArrayList<>();
            contract(uri).checkResponse(method, path, response, violations);
            fail(violations);
        }
        return response;
    }

    private static void fail(List<String> violations) {
        if (!violations.isEmpty()) {
            throw new AssertionError("off the OpenAPI contract:\n  " + String.join("\n  ", violations));
        }
    }

    private static Contract contract(URI uri) {
        String origin = uri.getScheme() + "://" + uri.getAuthority();
        return CONTRACTS.computeIfAbsent(origin, ContractValidation::fetch);
    }

    private static Contract fetch(String origin) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(origin + "/q/openapi answered " + answer.statusCode());
            }
            return new Contract(origin, JSON.readTree(answer.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The served document of one service, with the schemas compiled from it so far. */
    public static final class Contract {

        private final String name;
        private final JsonNode document;
        private final List<Route> routes = new ArrayList<>();
        private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

        Contract(String name, JsonNode document) {
            this.name = name;
            this.document = document;
            document.path("paths").properties().forEach(entry -> routes.add(new Route(entry.getKey())));
            // literal segments win over templated ones: /people/import before /people/{hrId}
            routes.sort(Comparator.comparingInt(Route::parameters));
        }

        /** A document read from a file or a string, e.g. to check stored payloads against its schemas. */
        public static Contract of(String name, JsonNode document) {
            return new Contract(name, document);
        }

        /** The violations of {@code value} against the component schema {@code schemaName}. */
        public List<String> checkSchema(String schemaName, JsonNode value) {
            List<String> violations = new ArrayList<>();
            if (document.path("components").path("schemas").path(schemaName).isMissingNode()) {
                return List.of(name + " has no schema " + schemaName);
            }
            validate("/components/schemas/" + escape(schemaName), value, schemaName, violations);
            return violations;
        }

        void checkRequest(String method, String path, FilterableRequestSpecification request, List<String> violations) {
            Optional<String> route = route(path);
            if (route.isEmpty() || document.path("paths").path(route.get()).path(method).isMissingNode()) {
                return;
            }
            String pointer = "/paths/" + escape(route.get()) + "/" + method + "/requestBody";
            JsonNode body = document.at(pointer);
            Object sent = request.getBody();
            if (body.isMissingNode() || sent == null) {
                return;
            }
            String type = mediaType(request.getContentType());
            if (!isJson(type) || body.path("content").path(type).path("schema").isMissingNode()) {
                return;
            }
            try {
                validate(pointer + "/content/" + escape(type) + "/schema", JSON.readTree(sent.toString()),
                        method.toUpperCase(Locale.ROOT) + " " + path + " request", violations);
            } catch (IOException e) {
                violations.add(method.toUpperCase(Locale.ROOT) + " " + path + " request is not JSON");
            }
        }

        void checkResponse(String method, String path, Response response, List<String> violations) {
            String where = method.toUpperCase(Locale.ROOT) + " " + path + " → " + response.statusCode();
            Answer answer = new Answer(response.statusCode(), response::getHeader, response.contentType(),
                    method.equals("head") ? new byte[0] : response.asByteArray());
            checkAnswer(method, route(path), path, where, answer, violations);
        }

        /** The served document, e.g. to generate requests from its schemas. */
        public JsonNode document() {
            return document;
        }

        /**
         * The violations of an answer to {@code method} on the documented path {@code template} (the request's own
         * path may not match any template when a fuzzer broke it), however it was sent; {@code where} names it.
         */
        public List<String> checkAnswer(String method, String template, String where, Answer answer) {
            List<String> violations = new ArrayList<>();
            checkAnswer(method.toLowerCase(Locale.ROOT), Optional.of(template), template, where, answer, violations);
            return violations;
        }

        private void checkAnswer(String method, Optional<String> route, String path, String where, Answer response,
                List<String> violations) {
            String documented = method.equals("head") ? "get" : method;
            JsonNode operation = route.map(r -> document.path("paths").path(r).path(documented))
                    .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
            if (operation.isMissingNode()) {
                // an unknown path or method: the framework's answer must still be a problem
                if (response.status() >= 400 && !method.equals("head")) {
                    checkProblem(where, response, violations);
                } else if (response.status() < 400) {
                    violations.add(where + ": " + name + " documents no " + documented.toUpperCase(Locale.ROOT)
                            + " " + path);
                }
                return;
            }
            String status = String.valueOf(response.status());
            String key = operation.path("responses").has(status) ? status
                    : operation.path("responses").has(status.charAt(0) + "XX") ? status.charAt(0) + "XX"
                            : operation.path("responses").has("default") ? "default" : null;
            if (key == null) {
                violations.add(where + ": status " + status + " is not documented for "
                        + documented.toUpperCase(Locale.ROOT) + " " + route.get());
                return;
            }
            String pointer = "/paths/" + escape(route.get()) + "/" + documented + "/responses/" + key;
            JsonNode documentedResponse = resolveResponse(document.at(pointer));
            for (String header : DOCUMENTED_HEADERS) {
                if (response.header().apply(header) != null && !hasHeader(documentedResponse, header)) {
                    violations.add(where + ": sends " + header + ", the document does not say so");
                }
            }
            if (method.equals("head") || response.status() == 304 || response.status() == 204) {
                return;
            }
            byte[] bytes = response.body();
            boolean hasBody = bytes.length > 0;
            JsonNode content = documentedResponse.path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                if (hasBody) {
                    violations.add(where + ": sends a body (" + response.contentType()
                            + "), the document describes none");
                }
                return;
            }
            String type = mediaType(response.contentType());
            String documentedType = documentedType(content, type);
            if (documentedType == null) {
                violations.add(where + ": sends " + type + ", documented: " + content.propertyStream()
                        .map(Map.Entry::getKey).toList());
                return;
            }
            JsonNode schema = content.path(documentedType).path("schema");
            if (!isJson(type) || schema.isMissingNode()) {
                return;
            }
            if (!hasBody) {
                violations.add(where + ": sends no body, the document describes one");
                return;
            }
            JsonNode body;
            try {
                body = JSON.readTree(bytes);
            } catch (IOException e) {
                violations.add(where + ": the body is not JSON");
                return;
            }
            String schemaPointer = document.at(pointer).has("$ref")
                    ? refPointer(document.at(pointer).path("$ref").asText()) + "/content/" + escape(documentedType) + "/schema"
                    : pointer + "/content/" + escape(documentedType) + "/schema";
            validate(schemaPointer, body, where, violations);
        }

        private void checkProblem(String where, Answer response, List<String> violations) {
            String type = mediaType(response.contentType());
            if (!"application/problem+json".equals(type)) {
                violations.add(where + ": not a problem (" + (type.isEmpty() ? "no body" : type) + ")");
                return;
            }
            try {
                violations.addAll(checkSchema("Problem", JSON.readTree(response.body())).stream()
                        .map(v -> where + ": " + v).toList());
            } catch (IOException e) {
                violations.add(where + ": the problem is not JSON");
            }
        }

        private JsonNode resolveResponse(JsonNode response) {
            return response.has("$ref") ? document.at(refPointer(response.path("$ref").asText())) : response;
        }

        private boolean hasHeader(JsonNode response, String header) {
            for (Map.Entry<String, JsonNode> entry : response.path("headers").properties()) {
                if (entry.getKey().equalsIgnoreCase(header)) {
                    return true;
                }
            }
            return false;
        }

        private void validate(String pointer, JsonNode value, String what, List<String> violations) {
            JsonSchema schema = compiled.computeIfAbsent(pointer, this::compile);
            schema.validate(value).forEach(message -> violations.add(what + ": " + message.getMessage()));
        }

        private JsonSchema compile(String pointer) {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", document.path("components"));
            JsonNode schema = document.at(pointer);
            if (schema.isObject()) {
                schema.properties().forEach(member -> {
                    if (!member.getKey().equals("components")) {
                        root.set(member.getKey(), member.getValue());
                    }
                });
            }
            return SCHEMAS.getSchema(root, CONFIG);
        }

        private Optional<String> route(String path) {
            return routes.stream().filter(route -> route.matches(path)).map(Route::template).findFirst();
        }

        private static String refPointer(String ref) {
            return ref.startsWith("#") ? ref.substring(1) : ref;
        }
    }

    /**
     * One answer as received, whatever sent the request: REST Assured here, raw HTTP in the e2e fuzzer.
     * {@code header} gives a header's value by name, or null.
     */
    public record Answer(int status, java.util.function.Function<String, String> header, String contentType, byte[] body) {
    }

    private record Route(String template, Pattern pattern, int parameters) {

        Route(String template) {
            this(template, Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q")),
                    template.split("\\{", -1).length - 1);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }

    private static String documentedType(JsonNode content, String type) {
        if (content.has(type)) {
            return type;
        }
        for (Map.Entry<String, JsonNode> entry : content.properties()) {
            String candidate = entry.getKey();
            if (candidate.equals("*/*") || candidate.endsWith("/*")
                    && type.startsWith(candidate.substring(0, candidate.length() - 1))) {
                return candidate;
            }
        }
        return null;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String type) {
        return type.equals("application/json") || type.endsWith("+json");
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
