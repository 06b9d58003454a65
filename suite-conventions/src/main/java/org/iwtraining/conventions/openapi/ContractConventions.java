package org.iwtraining.conventions.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.Problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The conventions every service's OpenAPI document states the same way, applied once to each document as it is
 * built:
 * <ul>
 * <li>the contact of the suite's API;</li>
 * <li>the security scheme {@value #BEARER} (an OIDC access token, a JWT, as an HTTP bearer token) and, on every
 * operation that does not say otherwise (an empty {@code @SecurityRequirements} for one that takes no bearer token),
 * the requirement of it, with its 401 and 403 answers; the roles of each operation are in its description;</li>
 * <li>every 4xx and 5xx answer is an RFC 9457 {@code Problem} ({@code application/problem+json}), and the ones the
 * framework gives for any operation are listed: 400, 406, 414, and 413 and 415 for an operation with a body, and
 * 404 for one whose path names a resource by a parameter, and 409 ({@code CONCURRENT_CHANGE}) for a PUT, PATCH or
 * DELETE, or a POST to a path that names a resource;</li>
 * <li>the response headers of the conventions: {@code Location} on every 201 (whose body is the 200's when it
 * documents none); {@code ETag} on every 304; {@code Idempotent-Replayed} on the
 * successes and refusals of an operation that takes an {@code Idempotency-Key} (those it replays); the {@code ETag} component that resources
 * reference with {@code @Header(name = "ETag", ref = "ETag")}.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractConventions implements OASFilter {

    public static final String BEARER = "bearerAuth";
    public static final String PROBLEM = "Problem";
    public static final String FIELD_ERROR = "FieldError";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Set<String> FRAMEWORK_REFUSALS = Set.of("401", "403", "406", "413", "414", "415");
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String HEADERS = "#/components/headers/";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            api.setComponents(components);
        }
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("An OIDC access token (a JWT) from the authority's identity provider, audience "
                        + "iw-training; the roles in its roles (or groups) claim, an agency lead's agency code in its "
                        + "agency claim. Each operation's description names the roles that may call it."));
        components.addSchema(FIELD_ERROR, fieldError());
        components.addSchema(PROBLEM, problem());
        api.setSecurity(null);
        // a service whose title and version come from its configuration has no Info yet at this stage: the
        // configuration's members are set on this one afterwards
        if (api.getInfo() == null) {
            api.setInfo(OASFactory.createInfo());
        }
        if (api.getInfo().getContact() == null) {
            api.getInfo().setContact(OASFactory.createContact().name("IW Training Suite — the training team"));
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> item : api.getPaths().getPathItems().entrySet()) {
            if (item.getValue().getOperations() != null) {
                boolean named = item.getKey().contains("{");
                // what changes one resource: a PUT, PATCH or DELETE, or a POST to a path naming it (a case's calls)
                item.getValue().getOperations().forEach((method, operation) -> operation(operation, named,
                        method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                                || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.POST && named));
            }
        }
        // the header components some response refers to, and no others
        Set<String> used = new HashSet<>();
        for (PathItem item : api.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().stream().map(Header::getRef).filter(Objects::nonNull)
                                .filter(ref -> ref.startsWith(HEADERS)).map(ref -> ref.substring(HEADERS.length()))
                                .forEach(used::add);
                    }
                }
            }
        }
        for (Map.Entry<String, Header> header : headers().entrySet()) {
            if (used.contains(header.getKey())) {
                components.addHeader(header.getKey(), header.getValue());
            }
        }
    }

    private static void operation(Operation operation, boolean namesAResource, boolean changes) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        // null: nothing said, so the bearer token is required; an empty list: the operation takes none
        if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
            SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme(BEARER, List.of());
            operation.setSecurity(new ArrayList<>(List.of(bearer)));
            if (!responses.hasAPIResponse("401")) {
                responses.addAPIResponse("401", OASFactory.createAPIResponse()
                        .description("No bearer token, or one that is invalid or expired"));
            }
            if (!responses.hasAPIResponse("403")) {
                responses.addAPIResponse("403", OASFactory.createAPIResponse()
                        .description("The token's roles (or agency) do not allow this operation"));
            }
        }
        // what the framework answers for any operation: a malformed query, a path and query over the limit, an
        // Accept the operation cannot satisfy; and for one that takes a body, a body too large or of another type
        addIfMissing(responses, "400", "Malformed request: a bad parameter, query or body");
        addIfMissing(responses, "406", "The Accept header names no media type this operation produces");
        addIfMissing(responses, "414", "The path and query exceed 4,096 characters");
        // the database (or, for booking-service, the catalogue) gone for a moment: nothing was changed, retry
        addIfMissing(responses, "503", "Unavailable for a moment (DATABASE_UNAVAILABLE, or a service this one asks): "
                + "nothing was changed; retry after Retry-After");
        // a path that names a resource by a parameter: an id nothing has, or one not of the parameter's form
        if (namesAResource) {
            addIfMissing(responses, "404", "Nothing has that id (or the id is not of its form)");
        }
        // two requests changing one resource at the same moment: the one that loses is told so, nothing was changed
        if (changes) {
            addIfMissing(responses, "409", "CONCURRENT_CHANGE: another request changed this resource at the same moment; "
                    + "nothing was changed, read it again and retry");
        }
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "413", "The body exceeds the size limit");
            addIfMissing(responses, "415", "The body's Content-Type is not one this operation consumes");
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(ContractConventions::pagingParameter);
        }
        boolean idempotent = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()));
        Map<String, APIResponse> all = responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
        for (Map.Entry<String, APIResponse> entry : all.entrySet()) {
            String status = entry.getKey();
            APIResponse response = entry.getValue();
            if (response.getRef() != null) {
                continue;
            }
            if (status.startsWith("4") || status.startsWith("5")) {
                Schema problem = OASFactory.createSchema().ref(SCHEMAS + PROBLEM);
                response.setContent(OASFactory.createContent()
                        .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(problem)));
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription("A problem");
                }
            }
            if (status.equals("201")) {
                addHeader(response, "Location");
                // an upsert's "created" carries what its "changed" does
                APIResponse ok = all.get("200");
                if (response.getContent() == null && ok != null && ok.getContent() != null) {
                    response.setContent(ok.getContent());
                }
            }
            if (status.equals("304")) {
                addHeader(response, "ETag");
            }
            if (status.equals("503")) {
                addHeader(response, "Retry-After");
            }
            if (idempotent && replayable(status)) {
                addHeader(response, "Idempotent-Replayed");
            }
        }
    }

    /**
     * The paging parameters of every list, as {@link org.iwtraining.conventions.paging.PageRequest} reads them: a
     * resource takes {@code limit} as text (to answer a bad one with a problem naming it), which would otherwise be
     * documented as a string.
     */
    private static void pagingParameter(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY || parameter.getRef() != null) {
            return;
        }
        if ("limit".equals(parameter.getName())) {
            parameter.setSchema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                    .defaultValue(PageRequest.DEFAULT_LIMIT));
            if (parameter.getDescription() == null) {
                parameter.setDescription("The most items on a page");
            }
        } else if ("cursor".equals(parameter.getName()) && parameter.getDescription() == null) {
            parameter.setDescription("The previous page's next cursor; absent for the first page");
        }
    }

    /**
     * The answers an Idempotency-Key replays: the successes and the service's own refusals, not what the framework
     * answers before the operation runs.
     */
    private static boolean replayable(String status) {
        return status.startsWith("2") || status.startsWith("4") && !FRAMEWORK_REFUSALS.contains(status);
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(HEADERS + name));
        }
    }

    private static Map<String, Header> headers() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("ETag", OASFactory.createHeader()
                .description("The representation's strong entity tag; send it in If-Match to change the resource, "
                        + "in If-None-Match to be answered 304 while it is unchanged")
                .schema(string()));
        headers.put("Location", OASFactory.createHeader().description("The URL of the created resource")
                .schema(string().format("uri-reference")));
        headers.put("Idempotent-Replayed", OASFactory.createHeader()
                .description("true when this is the stored answer to an earlier request with the same Idempotency-Key")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).enumeration(List.<Object>of("true"))));
        headers.put("Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(BigDecimal.ZERO)));
        headers.put("Cache-Control", OASFactory.createHeader().description("How the answer may be cached")
                .schema(string()));
        return headers;
    }

    private static Schema problem() {
        Schema errors = OASFactory.createSchema().addType(SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref(SCHEMAS + FIELD_ERROR))
                .description("The offending fields of a validation failure");
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem details body; extension members (e.g. a prerequisite refusal's "
                        + "missing module sets) may follow the listed ones")
                .addProperty("type", string().format("uri-reference").description("The problem type"))
                .addProperty("title", string().description("A short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", string().description("What went wrong with this request"))
                .addProperty("code", string().description("The machine-readable reason of a business refusal, "
                        + "in upper snake case (e.g. SESSION_FULL, VALIDATION_FAILED)"))
                .addProperty("errors", errors)
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldError() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One offending field of a request: a JSON path such as checks[3].modules, and why")
                .addProperty("field", string())
                .addProperty("message", string())
                .required(List.of("field", "message"));
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }
}
