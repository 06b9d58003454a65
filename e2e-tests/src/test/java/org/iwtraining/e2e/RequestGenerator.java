package org.iwtraining.e2e;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Requests for one operation of a served OpenAPI document: a valid one from its parameters' and body's schemas
 * ({@link SchemaSampler}), or that one broken in one place — its type, format, size or encoding (NUL, invalid
 * UTF-8, 100,000 characters), its nesting or structure — in the path, the query, a header or the body.
 */
final class RequestGenerator {

    /** One request to send; {@code valid} when generated from the schemas and left whole. */
    record FuzzRequest(String method, String template, String target, Map<String, String> headers, byte[] body,
            boolean valid, boolean wantsEtag, String mutation) {

        String describe() {
            String shown = target.length() > 300 ? target.substring(0, 300) + "…(" + target.length() + " chars)" : target;
            String sent = body == null ? "" : " body " + (body.length > 400
                    ? new String(body, 0, 400, StandardCharsets.UTF_8) + "…(" + body.length + " bytes)"
                    : new String(body, StandardCharsets.UTF_8));
            return method + " " + shown + " [" + (valid ? "valid" : mutation) + "] headers " + headers.keySet() + sent;
        }
    }

    static final int HUGE = 100_000;
    /** The mutation whose body exceeds catalogue-service's and followup-service's 2 MiB limit (booking-service reads it). */
    static final String OVERSIZED = "body 2.5 MB";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String BAD_UTF8_MARK = "\uE000fuzz-bad-utf8\uE000";
    private static final String DEEP_MARK = "\uE000fuzz-deep\uE000";
    private static final byte[][] BAD_UTF8 = { { (byte) 0xC3, 0x28 }, { (byte) 0xFF, (byte) 0xFE }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
            { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 }, { (byte) 0x80 } };

    private final JsonNode document;
    private final Pools pools;

    RequestGenerator(JsonNode document, Pools pools) {
        this.document = document;
        this.pools = pools;
    }

    /** What one request is built from, then maybe broken. */
    private final class Draft {
        final Random random;
        final SchemaSampler sampler;
        final String method;
        final String template;
        final JsonNode operation;
        final Map<String, JsonNode> pathParameters = new LinkedHashMap<>();
        final Map<String, JsonNode> queryParameters = new LinkedHashMap<>();
        final List<String> headerParameters = new ArrayList<>();
        final Map<String, String> path = new LinkedHashMap<>();
        final List<String[]> query = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        JsonNode bodySchema;
        String mediaType;
        JsonNode tree;
        byte[] raw;
        boolean wantsEtag;

        Draft(Random random, String method, String template, JsonNode operation) {
            this.random = random;
            this.sampler = new SchemaSampler(document, pools, random);
            this.method = method;
            this.template = template;
            this.operation = operation;
        }

        FuzzRequest build(boolean valid, String mutation) {
            String target = template;
            for (Map.Entry<String, String> parameter : path.entrySet()) {
                target = target.replace("{" + parameter.getKey() + "}", parameter.getValue());
            }
            StringBuilder uri = new StringBuilder(target);
            for (String[] parameter : query) {
                uri.append(uri.indexOf("?") < 0 ? '?' : '&').append(parameter[0]).append('=').append(parameter[1]);
            }
            byte[] body = raw;
            if (body == null && tree != null) {
                body = bytes(tree);
            }
            if (body != null && !headers.containsKey("Content-Type")) {
                headers.put("Content-Type", mediaType);
            }
            return new FuzzRequest(method, template, uri.toString(), Map.copyOf(headers), body, valid, wantsEtag,
                    mutation);
        }
    }

    /** Request {@code index} of the operation: valid or broken as {@code random} decides. */
    FuzzRequest generate(String template, String method, Random random, boolean valid) {
        JsonNode pathItem = document.path("paths").path(template);
        JsonNode operation = pathItem.path(method.toLowerCase(java.util.Locale.ROOT));
        Draft draft = new Draft(random, method, template, operation);
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            parameter = draft.sampler.resolve(parameter);
            String name = parameter.path("name").asText();
            JsonNode schema = parameter.path("schema");
            switch (parameter.path("in").asText()) {
                case "path" -> {
                    draft.pathParameters.put(name, schema);
                    String key = template.substring(0, template.indexOf("{" + name + "}") + name.length() + 2);
                    String value = random.nextInt(100) < 92 ? pools.pick(key, random).orElse(null) : null;
                    draft.path.put(name, encode(value != null ? value : draft.sampler.validText(schema, name)));
                }
                case "query" -> {
                    draft.queryParameters.put(name, schema);
                    // a member's pool for this operation ("/audit?from") before the one for its name ("from")
                    String pooled = random.nextInt(100) < 90 ? pools.pick(template + "?" + name, random).orElse(null) : null;
                    // a cursor is only ever one a previous page handed out: a valid request starts on the first page
                    boolean send = !name.equals("cursor") && (parameter.path("required").asBoolean() || random.nextInt(100) < 30);
                    if (send) {
                        draft.query.add(new String[] { name, encode(pooled != null ? pooled : draft.sampler.validText(schema, name)) });
                    }
                }
                case "header" -> {
                    draft.headerParameters.add(name);
                    if (name.equalsIgnoreCase("Idempotency-Key") && random.nextBoolean()) {
                        draft.headers.put(name, new UUID(random.nextLong(), random.nextLong()).toString());
                    } else if (name.equalsIgnoreCase("If-Match")) {
                        draft.wantsEtag = random.nextInt(100) < 85;
                    }
                }
                default -> {
                }
            }
        }
        orderInterval(draft.query, "from", "to");
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.isMissingNode() && !content.isEmpty()) {
            draft.mediaType = content.has("application/json") ? "application/json" : content.fieldNames().next();
            draft.bodySchema = content.path(draft.mediaType).path("schema");
            if (operation.path("requestBody").path("required").asBoolean() || random.nextInt(100) < 80) {
                JsonNode value = draft.sampler.valid(draft.bodySchema, null, 0);
                // a create names the key its resource is then found by (POST /agencies a code, as /agencies/{code}):
                // one body schema serves the create and the PUT, which takes the key from its path, so the schema
                // cannot say it is required
                if (value instanceof ObjectNode object && method.equals("POST")) {
                    JsonNode members = draft.sampler.resolve(draft.bodySchema).path("properties");
                    document.path("paths").fieldNames().forEachRemaining(path -> {
                        String key = path.startsWith(template + "/{") && path.indexOf('}') == path.length() - 1
                                ? path.substring(template.length() + 2, path.length() - 1) : null;
                        if (key != null && members.has(key) && !object.has(key)) {
                            object.set(key, draft.sampler.valid(members.path(key), key, 1));
                        }
                    });
                }
                // a member that repeats a path parameter (a module's ref, an agency's code) says the same as the path
                if (value instanceof ObjectNode object) {
                    for (String name : draft.pathParameters.keySet()) {
                        if (object.has(name)) {
                            object.put(name, java.net.URLDecoder.decode(draft.path.get(name), StandardCharsets.UTF_8));
                        }
                    }
                }
                if (isJson(draft.mediaType)) {
                    draft.tree = value;
                } else if (draft.mediaType.equals("application/x-www-form-urlencoded")) {
                    draft.raw = form(value).getBytes(StandardCharsets.US_ASCII);
                } else {
                    draft.raw = (value.isTextual() ? value.asText() : value.toString()).getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        if (valid) {
            return draft.build(true, null);
        }
        draft.wantsEtag = draft.wantsEtag && random.nextBoolean();
        List<Map.Entry<String, Consumer<Draft>>> mutations = mutations(draft);
        Map.Entry<String, Consumer<Draft>> mutation = mutations.get(random.nextInt(mutations.size()));
        mutation.getValue().accept(draft);
        return draft.build(false, mutation.getKey());
    }

    /** Every way this request can be broken, each a few times so the body's and the path's get their share. */
    private List<Map.Entry<String, Consumer<Draft>>> mutations(Draft draft) {
        List<Map.Entry<String, Consumer<Draft>>> all = new ArrayList<>();
        if (!draft.pathParameters.isEmpty()) {
            all.add(Map.entry("path NUL", d -> setPath(d, "a%00b")));
            all.add(Map.entry("path invalid UTF-8", d -> setPath(d, "x" + percent(BAD_UTF8[d.random.nextInt(BAD_UTF8.length)]))));
            all.add(Map.entry("path 100,000 characters", d -> setPath(d, "p".repeat(HUGE))));
            all.add(Map.entry("path 3,000 characters", d -> setPath(d, "q".repeat(3000))));
            all.add(Map.entry("path wrong type or format", d -> setPath(d, pick(d.random, "-1", "0", "1e400", "true",
                    "null", "2027-02-30", "not-a-date", "00000000-0000-0000-0000-00000000000g", "%7B%7D", "%5B%5D"))));
            // no ".." segment: a client and a server both remove it (RFC 3986, 5.2.4), which makes it another path
            all.add(Map.entry("path odd characters", d -> setPath(d, pick(d.random, "%2F", "%20",
                    "%25", "%E2%80%AE", "%F0%9F%98%80", "%3Cscript%3E", "'%20OR%201=1--", "%5C", "%0A", "%0D%0Aset-cookie:x"))));
        }
        all.add(Map.entry("query wrong type", d -> setQuery(d, pick(d.random, "abc", "1e400", "-1", "0", "1.5",
                "99999999999999999999", "true", "", "%20", "2147483648"))));
        all.add(Map.entry("query bad enum or format", d -> setQuery(d, pick(d.random, "NOT_A_CODE", "practitioner",
                "2027-13-45", "2027-02-30T25:00:00Z", "2027-03-01T09:00:00", "yesterday", "%5B%5D"))));
        all.add(Map.entry("query NUL", d -> setQuery(d, "a%00b")));
        all.add(Map.entry("query invalid UTF-8", d -> setQuery(d, percent(BAD_UTF8[d.random.nextInt(BAD_UTF8.length)]))));
        all.add(Map.entry("query 100,000 characters", d -> setQuery(d, "v".repeat(HUGE))));
        all.add(Map.entry("query repeated", d -> {
            String name = queryName(d);
            d.query.add(new String[] { name, encode(d.sampler.validText(d.queryParameters.getOrDefault(name, NODES.objectNode()), name)) });
            d.query.add(new String[] { name, pick(d.random, "x", "-5", "%00", "") });
        }));
        all.add(Map.entry("query undeclared", d -> d.query.add(new String[] { pick(d.random, "fuzz", "limit%00", "%FF", "a[b]", "__proto__"),
                pick(d.random, "1", "%00", "%C3%28") })));
        all.add(Map.entry("header Accept unsupported", d -> d.headers.put("Accept",
                pick(d.random, "application/xml", "image/png", "text/html;q=1, */*;q=0", "garbage", "application/json;q=0"))));
        all.add(Map.entry("header 6,000 characters", d -> d.headers.put("X-Fuzz", "h".repeat(6000))));
        if (draft.headerParameters.stream().anyMatch("Idempotency-Key"::equalsIgnoreCase)) {
            all.add(Map.entry("header Idempotency-Key odd", d -> d.headers.put("Idempotency-Key",
                    pick(d.random, "k".repeat(5000), "", " ", "\"quoted\"", "a b c", "%00", "kkkk"))));
        }
        if (draft.headerParameters.stream().anyMatch(h -> h.equalsIgnoreCase("If-Match") || h.equalsIgnoreCase("If-None-Match"))) {
            all.add(Map.entry("header If-Match / If-None-Match garbage", d -> {
                d.wantsEtag = false;
                String header = d.headerParameters.stream().filter(h -> h.startsWith("If-")).findFirst().orElseThrow();
                d.headers.put(header, pick(d.random, "garbage", "W/\"0\"", "\"nope\"", "*", "\"\"", "\"0\", \"1\"", "i".repeat(3000)));
            }));
        }
        if (draft.mediaType != null) {
            all.add(Map.entry("header Content-Type unsupported", d -> {
                if (d.raw == null && d.tree == null) {
                    d.tree = NODES.objectNode();
                }
                d.headers.put("Content-Type", pick(d.random, "text/plain", "application/xml", "application/json; charset=UTF-16",
                        "multipart/form-data; boundary=x", "application/octet-stream", "garbage"));
            }));
            all.add(Map.entry("body empty", d -> d.raw = new byte[0]));
            all.add(Map.entry("body NUL raw", d -> d.raw = insert(bodyBytes(d), d.random, new byte[] { 0 })));
            all.add(Map.entry("body invalid UTF-8", d -> {
                if (d.tree != null) {
                    setSomeString(d, BAD_UTF8_MARK);
                    d.raw = replace(bytes(d.tree), BAD_UTF8_MARK.getBytes(StandardCharsets.UTF_8), BAD_UTF8[d.random.nextInt(BAD_UTF8.length)]);
                } else {
                    d.raw = insert(bodyBytes(d), d.random, BAD_UTF8[d.random.nextInt(BAD_UTF8.length)]);
                }
            }));
            all.add(Map.entry("body truncated", d -> {
                byte[] whole = bodyBytes(d);
                d.raw = java.util.Arrays.copyOf(whole, whole.length <= 1 ? 0 : d.random.nextInt(whole.length - 1) + 1);
            }));
            all.add(Map.entry(OVERSIZED, d -> d.raw = ("{\"x\":\"" + "b".repeat(2_500_000) + "\"}").getBytes(StandardCharsets.US_ASCII)));
            if (isJson(draft.mediaType)) {
                all.add(Map.entry("body member wrong type", d -> replaceSomeMember(d, wrongValue(d.random))));
                all.add(Map.entry("body member wrong type", d -> replaceSomeMember(d, wrongValue(d.random))));
                all.add(Map.entry("body required member missing", this::dropRequired));
                all.add(Map.entry("body out of range", this::outOfRange));
                all.add(Map.entry("body out of range", this::outOfRange));
                all.add(Map.entry("body NUL in a string", d -> setSomeString(d, pick(d.random, "\u0000", "a\u0000b", "x\u0000"))));
                all.add(Map.entry("body 100,000-character string", d -> setSomeString(d, "s".repeat(HUGE))));
                all.add(Map.entry("body control and odd characters", d -> setSomeString(d, pick(d.random,
                        "\u202Eevil", "\uD83D\uDE00", "\uFEFF", "\r\n", "<script>", "' OR 1=1--", "\u0007", "\uD800"))));
                all.add(Map.entry("body deep nesting", d -> {
                    // spliced in as text: the writer itself refuses to nest deeper than the parsers allow
                    replaceSomeMember(d, NODES.textNode(DEEP_MARK));
                    d.raw = replace(bytes(d.tree), ("\"" + DEEP_MARK + "\"").getBytes(StandardCharsets.UTF_8),
                            deep(d.random).getBytes(StandardCharsets.US_ASCII));
                }));
                all.add(Map.entry("body deeply nested document", d -> d.raw = ("[".repeat(HUGE) + "]".repeat(HUGE))
                        .getBytes(StandardCharsets.US_ASCII)));
                all.add(Map.entry("body wrong top-level", d -> d.raw = pick(d.random, "null", "[]", "\"text\"", "42", "true",
                        "[{}]", "{}").getBytes(StandardCharsets.US_ASCII)));
                all.add(Map.entry("body not JSON", d -> d.raw = pick(d.random, "{'a': 1}", "{\"a\": NaN}", "{a:1}",
                        "{\"a\":1}}", "{\"a\":1,}", "/* c */{}", "\uFEFF{}", "{\"a\":01}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\ud800\"}")
                        .getBytes(StandardCharsets.UTF_8)));
                all.add(Map.entry("body duplicate member", this::duplicateMember));
                all.add(Map.entry("body unknown member", d -> {
                    if (d.tree instanceof ObjectNode object) {
                        object.put(pick(d.random, "fuzzUnknown", "__proto__", "constructor", ""), 1);
                    } else {
                        d.tree = NODES.objectNode().put("fuzzUnknown", 1);
                    }
                }));
                all.add(Map.entry("body huge numbers", d -> replaceSomeMember(d, pick(d.random,
                        NODES.numberNode(new BigInteger("9".repeat(400))), NODES.numberNode(new java.math.BigDecimal("1e400")),
                        NODES.numberNode(-2147483649L), NODES.numberNode(9223372036854775807L), NODES.numberNode(1e-320),
                        NODES.numberNode(new java.math.BigDecimal("0.1e-999999"))))));
            }
        }
        return all;
    }

    private static void setPath(Draft draft, String encoded) {
        List<String> names = new ArrayList<>(draft.pathParameters.keySet());
        draft.path.put(names.get(draft.random.nextInt(names.size())), encoded);
    }

    private static String queryName(Draft draft) {
        List<String> names = new ArrayList<>(draft.queryParameters.keySet());
        return names.isEmpty() ? "limit" : names.get(draft.random.nextInt(names.size()));
    }

    private static void setQuery(Draft draft, String encoded) {
        String name = queryName(draft);
        draft.query.removeIf(parameter -> parameter[0].equals(name));
        draft.query.add(new String[] { name, encoded });
    }

    private static byte[] bodyBytes(Draft draft) {
        if (draft.raw != null) {
            return draft.raw;
        }
        return draft.tree == null ? "{}".getBytes(StandardCharsets.US_ASCII) : bytes(draft.tree);
    }

    /** A member somewhere in the body (or an item of an array member), with its schema, to break. */
    private record Slot(JsonNode container, String member, int index, JsonNode schema) {

        void set(JsonNode value) {
            if (container instanceof ObjectNode object) {
                object.set(member, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }
    }

    private List<Slot> slots(Draft draft) {
        List<Slot> slots = new ArrayList<>();
        collect(draft.sampler, draft.tree, draft.bodySchema, slots, 0);
        return slots;
    }

    private void collect(SchemaSampler sampler, JsonNode node, JsonNode schema, List<Slot> slots, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        JsonNode resolved = sampler.resolve(schema);
        if (node instanceof ObjectNode object) {
            for (String member : iterable(object)) {
                JsonNode memberSchema = resolved.path("properties").path(member);
                if (memberSchema.isMissingNode()) {
                    memberSchema = resolved.path("additionalProperties");
                }
                slots.add(new Slot(object, member, -1, memberSchema));
                collect(sampler, object.get(member), memberSchema, slots, depth + 1);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i, resolved.path("items")));
                collect(sampler, array.get(i), resolved.path("items"), slots, depth + 1);
            }
        }
    }

    private static List<String> iterable(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void replaceSomeMember(Draft draft, JsonNode value) {
        List<Slot> slots = slots(draft);
        if (slots.isEmpty()) {
            draft.tree = draft.tree instanceof ArrayNode array ? array.add(value) : value;
            return;
        }
        slots.get(draft.random.nextInt(slots.size())).set(value);
    }

    private void setSomeString(Draft draft, String value) {
        List<Slot> strings = slots(draft).stream().filter(slot -> {
            JsonNode current = slot.container instanceof ObjectNode o ? o.get(slot.member) : slot.container.get(slot.index);
            return current != null && current.isTextual();
        }).toList();
        if (strings.isEmpty()) {
            if (draft.tree instanceof ObjectNode object) {
                object.put("fuzzText", value);
            } else {
                draft.tree = NODES.objectNode().put("fuzzText", value);
            }
            return;
        }
        strings.get(draft.random.nextInt(strings.size())).set(NODES.textNode(value));
    }

    private void dropRequired(Draft draft) {
        List<ObjectNode> objects = new ArrayList<>();
        List<JsonNode> schemas = new ArrayList<>();
        if (draft.tree instanceof ObjectNode root) {
            objects.add(root);
            schemas.add(draft.bodySchema);
        }
        for (Slot slot : slots(draft)) {
            JsonNode value = slot.container instanceof ObjectNode o ? o.get(slot.member) : slot.container.get(slot.index);
            if (value instanceof ObjectNode object) {
                objects.add(object);
                schemas.add(slot.schema);
            }
        }
        for (int attempt = 0; attempt < 10 && !objects.isEmpty(); attempt++) {
            int i = draft.random.nextInt(objects.size());
            JsonNode required = draft.sampler.resolve(schemas.get(i)).path("required");
            if (required.isArray() && !required.isEmpty()) {
                String member = required.get(draft.random.nextInt(required.size())).asText();
                if (draft.random.nextBoolean()) {
                    objects.get(i).remove(member);
                } else {
                    objects.get(i).putNull(member);
                }
                return;
            }
        }
        draft.tree = NODES.objectNode();
    }

    /** A member just past its schema's bounds: a length, a number, an item count, an enum, a format. */
    private void outOfRange(Draft draft) {
        List<Slot> slots = slots(draft);
        if (slots.isEmpty()) {
            replaceSomeMember(draft, NODES.textNode("s".repeat(HUGE)));
            return;
        }
        Slot slot = slots.get(draft.random.nextInt(slots.size()));
        JsonNode schema = draft.sampler.resolve(slot.schema);
        Random random = draft.random;
        if (schema.has("enum")) {
            slot.set(NODES.textNode(pick(random, "NOT_A_CODE", schema.path("enum").get(0).asText().toLowerCase(java.util.Locale.ROOT), "")));
            return;
        }
        switch (SchemaSampler.type(schema)) {
            case "string" -> {
                String format = schema.path("format").asText("");
                if (format.startsWith("date")) {
                    slot.set(NODES.textNode(pick(random, "2027-02-30", "2027-13-01", "27-03-01", "2027-03-01T25:00:00Z",
                            "2027-03-01T09:00:00", "+999999999-12-31", "1900-01-01", "9999-12-31T23:59:59Z", "today")));
                } else if (format.equals("uuid")) {
                    slot.set(NODES.textNode("not-a-uuid"));
                } else if (schema.has("maxLength")) {
                    slot.set(NODES.textNode("m".repeat(schema.path("maxLength").asInt() + 1)));
                } else if (schema.has("pattern") || schema.has("minLength")) {
                    slot.set(NODES.textNode(pick(random, "", " ", "\t")));
                } else {
                    slot.set(NODES.textNode("s".repeat(HUGE)));
                }
            }
            case "integer", "number" -> slot.set(pick(random,
                    NODES.numberNode(schema.path("maximum").asLong(Integer.MAX_VALUE) + 1),
                    NODES.numberNode(schema.has("minimum") ? schema.path("minimum").asLong() - 1 : Long.MIN_VALUE),
                    NODES.numberNode(2147483648L), NODES.numberNode(0.5), NODES.numberNode(-1)));
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int count = schema.has("maxItems") ? schema.path("maxItems").asInt() + 1 : 20_000;
                JsonNode item = draft.sampler.valid(schema.path("items"), slot.member, 3);
                for (int i = 0; i < count; i++) {
                    array.add(item);
                }
                slot.set(array);
            }
            default -> slot.set(NODES.textNode("s".repeat(HUGE)));
        }
    }

    private void duplicateMember(Draft draft) {
        byte[] whole = bodyBytes(draft);
        String text = new String(whole, StandardCharsets.UTF_8);
        if (draft.tree instanceof ObjectNode object && object.size() > 0) {
            String first = object.fieldNames().next();
            draft.raw = (text.substring(0, text.length() - 1) + ",\"" + first + "\":" + wrongValue(draft.random) + "}")
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            draft.raw = "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static JsonNode wrongValue(Random random) {
        return pick(random, NODES.numberNode(12345), NODES.textNode("text"), NODES.booleanNode(true), NODES.nullNode(),
                NODES.objectNode(), NODES.arrayNode(), NODES.numberNode(1.5), NODES.arrayNode().add("x").add(1),
                NODES.objectNode().put("a", "b"));
    }

    /** Arrays and objects nested 200 or 2,000 deep (past the 1,000 that Jackson's parser allows by default). */
    private static String deep(Random random) {
        int depth = random.nextBoolean() ? 2_000 : 200;
        return "[{\"n\":".repeat(depth / 2) + "\"bottom\"" + "}]".repeat(depth / 2);
    }

    private static void orderInterval(List<String[]> query, String from, String to) {
        String[] start = query.stream().filter(p -> p[0].equals(from)).findFirst().orElse(null);
        String[] end = query.stream().filter(p -> p[0].equals(to)).findFirst().orElse(null);
        if (start != null && end != null && start[1].compareTo(end[1]) > 0) {
            String swap = start[1];
            start[1] = end[1];
            end[1] = swap;
        }
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    static boolean isJson(String mediaType) {
        return mediaType != null && (mediaType.equals("application/json") || mediaType.endsWith("+json"));
    }

    private static byte[] bytes(JsonNode tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(JsonNode value) {
        StringBuilder form = new StringBuilder();
        value.properties().forEach(member -> {
            if (form.length() > 0) {
                form.append('&');
            }
            JsonNode v = member.getValue();
            form.append(encode(member.getKey())).append('=').append(encode(v.isTextual() ? v.asText() : v.toString()));
        });
        return form.toString();
    }

    /** Percent-encodes every octet of the UTF-8 form but the unreserved characters (RFC 3986). */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    private static String percent(byte[] octets) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : octets) {
            encoded.append('%').append(String.format("%02X", b & 0xFF));
        }
        return encoded.toString();
    }

    private static byte[] insert(byte[] into, Random random, byte[] octets) {
        int at = into.length == 0 ? 0 : random.nextInt(into.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(into, 0, at);
        out.writeBytes(octets);
        out.write(into, at, into.length - at);
        return out.toByteArray();
    }

    private static byte[] replace(byte[] in, byte[] mark, byte[] with) {
        for (int i = 0; i + mark.length <= in.length; i++) {
            if (java.util.Arrays.equals(in, i, i + mark.length, mark, 0, mark.length)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(in, 0, i);
                out.writeBytes(with);
                out.write(in, i + mark.length, in.length - i - mark.length);
                return out.toByteArray();
            }
        }
        return in;
    }
}
