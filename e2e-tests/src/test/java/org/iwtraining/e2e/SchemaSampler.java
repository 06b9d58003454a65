package org.iwtraining.e2e;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Valid values drawn from the JSON-Schema subset the suite's OpenAPI 3.1 documents use: {@code type}, {@code format}
 * (date, date-time, uuid, uri-reference, int32, int64, double), {@code enum}, {@code required}, {@code minimum},
 * {@code maximum}, {@code exclusiveMinimum}, {@code multipleOf}, {@code minLength}, {@code maxLength}, {@code pattern}
 * (the four the documents hold), arrays with {@code minItems}, {@code maxItems}, {@code uniqueItems},
 * {@code additionalProperties}, {@code $ref} (with sibling keywords), {@code oneOf}/{@code anyOf} and a
 * {@code discriminator}'s mapping. A schema says nothing of which ids exist, so a member or parameter named in the
 * seeded {@link Pools} mostly takes a seeded value: a valid request then reaches the rules behind the 404s.
 */
final class SchemaSampler {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern CLASS_PATTERN = Pattern.compile("\\[([^\\]]+)](?:\\{(\\d+),(\\d+)}|\\+)");
    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final JsonNode document;
    private final Pools pools;
    private final Random random;

    SchemaSampler(JsonNode document, Pools pools, Random random) {
        this.document = document;
        this.pools = pools;
        this.random = random;
    }

    /** The schema with its {@code $ref} followed, the referring schema's own keywords laid over the target's. */
    JsonNode resolve(JsonNode schema) {
        int hops = 0;
        while (schema != null && schema.has("$ref") && hops++ < 20) {
            JsonNode target = document.at(schema.path("$ref").asText().substring(1));
            ObjectNode merged = target.deepCopy();
            schema.properties().forEach(member -> {
                if (!member.getKey().equals("$ref")) {
                    merged.set(member.getKey(), member.getValue());
                }
            });
            schema = merged;
        }
        return schema == null ? NODES.objectNode() : schema;
    }

    /** A value valid against {@code schema}; {@code name} is the member or parameter it is for (may be null). */
    JsonNode valid(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        JsonNode choices = schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
        if (choices.isArray() && !choices.isEmpty()) {
            JsonNode branch = choices.get(random.nextInt(choices.size()));
            JsonNode value = valid(branch, name, depth);
            String discriminator = schema.path("discriminator").path("propertyName").asText(null);
            if (discriminator != null && value.isObject()) {
                String ref = branch.path("$ref").asText();
                schema.path("discriminator").path("mapping").properties().forEach(entry -> {
                    if (entry.getValue().asText().equals(ref)) {
                        ((ObjectNode) value).put(discriminator, entry.getKey());
                    }
                });
            }
            return value;
        }
        if (schema.has("enum")) {
            if (name != null && !pools.all(name).isEmpty() && random.nextInt(100) < 95) {
                return NODES.textNode(pools.pick(name, random).orElseThrow());
            }
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, name, depth);
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(number(schema));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "string" -> NODES.textNode(string(schema, name));
            // an untyped schema (an import's rows, an event's payload): any small JSON value
            default -> depth > 2 ? NODES.textNode(word(6)) : object(NODES.objectNode(), depth);
        };
    }

    /** A parameter's or member's value as text, for paths, queries and headers. */
    String validText(JsonNode schema, String name) {
        JsonNode value = valid(schema, name, 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    static String type(JsonNode schema) {
        if (schema.has("type")) {
            return schema.path("type").asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "";
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(member -> required.add(member.asText()));
        // a time given either as one interval or as parts (a session): one of the two, whole, never both
        JsonNode properties = schema.path("properties");
        boolean timed = properties.has("parts") && properties.has("startsAt") && properties.has("endsAt");
        boolean asParts = timed && random.nextBoolean();
        for (Iterator<Map.Entry<String, JsonNode>> members = properties.fields(); members.hasNext();) {
            Map.Entry<String, JsonNode> member = members.next();
            boolean interval = member.getKey().equals("startsAt") || member.getKey().equals("endsAt");
            boolean parts = member.getKey().equals("parts");
            if (timed && (asParts ? interval : parts)) {
                continue;
            }
            // optional members now and then: each one more is one more rule the request must satisfy
            if (required.contains(member.getKey()) || timed && (interval || parts) || depth < 3 && random.nextInt(100) < 35) {
                object.set(member.getKey(), valid(member.getValue(), member.getKey(), depth + 1));
            }
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject() && !additional.isEmpty()) {
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                object.set(pools.pick("agencyCode", random).orElseGet(() -> word(5)), valid(additional, null, depth + 1));
            }
        }
        coherentTimes(object);
        memberRules(schema, object);
        return object;
    }

    /**
     * Rules between members that the documents do not state (JSON Schema could, with {@code oneOf} and
     * {@code dependentRequired}): a check names {@code module} or {@code modules}, never both nor neither; a session
     * names a course or modules, and its parts follow one another; a module's
     * {@code minMinutes} and {@code maxMinutes}, and a case's {@code targetBy} and {@code targetColleagues}, come
     * together or not at all.
     */
    private void memberRules(JsonNode schema, ObjectNode object) {
        JsonNode properties = schema.path("properties");
        if (properties.has("module") && properties.has("modules")) {
            String keep = random.nextBoolean() ? "module" : "modules";
            object.remove(keep.equals("module") ? "modules" : "module");
            if (!object.has(keep)) {
                object.set(keep, valid(properties.path(keep), keep, 3));
            }
            if (object.path("modules").isArray() && object.path("modules").isEmpty()) {
                ((ArrayNode) object.path("modules")).add(pools.pick("modules", random).orElse("IW01"));
            }
        }
        // a session is of a course or of modules (or both): never of neither
        if (properties.has("courseId") && properties.has("moduleRefs") && !object.has("courseId") && !object.has("moduleRefs")) {
            object.set("moduleRefs", valid(properties.path("moduleRefs"), "moduleRefs", 3));
        }
        // parts one after another, a day apart, as a session's days are
        if (object.path("parts").isArray()) {
            OffsetDateTime next = null;
            for (JsonNode part : object.path("parts")) {
                if (part instanceof ObjectNode day && day.path("startsAt").isTextual()) {
                    try {
                        OffsetDateTime start = next == null ? OffsetDateTime.parse(day.path("startsAt").asText()) : next;
                        day.put("startsAt", start.toString());
                        day.put("endsAt", start.plusHours(2 + random.nextInt(4)).toString());
                        next = start.plusDays(1);
                    } catch (RuntimeException e) {
                        // not a date-time: nothing to order
                    }
                }
            }
        }
        for (List<String> pair : List.of(List.of("minMinutes", "maxMinutes"), List.of("targetBy", "targetColleagues"))) {
            if (properties.has(pair.get(0)) && properties.has(pair.get(1)) && (object.has(pair.get(0)) || object.has(pair.get(1)))) {
                for (String member : pair) {
                    if (!object.has(member)) {
                        object.set(member, valid(properties.path(member), member, 3));
                    }
                }
            }
        }
        if (object.path("minMinutes").isNumber() && object.path("maxMinutes").isNumber()
                && object.path("minMinutes").asLong() > object.path("maxMinutes").asLong()) {
            JsonNode min = object.get("minMinutes");
            object.set("minMinutes", object.get("maxMinutes"));
            object.set("maxMinutes", min);
        }
    }

    /** An interval generated member by member would end before it starts half the time: the end follows the start. */
    private void coherentTimes(ObjectNode object) {
        if (object.path("startsAt").isTextual() && object.path("endsAt").isTextual()) {
            try {
                OffsetDateTime start = OffsetDateTime.parse(object.path("startsAt").asText());
                object.put("endsAt", start.plusHours(1 + random.nextInt(7)).toString());
            } catch (RuntimeException e) {
                // not a date-time: nothing to order
            }
        }
    }

    private JsonNode array(JsonNode schema, String name, int depth) {
        ArrayNode array = NODES.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(Integer.MAX_VALUE), min + (depth > 2 ? 1 : 4));
        int count = min + random.nextInt(Math.max(1, max - min + 1));
        JsonNode items = schema.path("items");
        // ids named twice in one list (a module, a nominee) are refused as repeats: items from a pool are distinct
        boolean unique = schema.path("uniqueItems").asBoolean(false) || name != null && !pools.all(name).isEmpty();
        for (int i = 0; i < count * 3 && array.size() < count; i++) {
            JsonNode item = valid(items, name, depth + 1);
            if (!unique || !contains(array, item)) {
                array.add(item);
            }
        }
        return array;
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode element : array) {
            if (element.equals(item)) {
                return true;
            }
        }
        return false;
    }

    private long integer(JsonNode schema) {
        long min = schema.has("minimum") ? schema.path("minimum").asLong()
                : schema.has("exclusiveMinimum") ? schema.path("exclusiveMinimum").asLong() + 1 : 0;
        long max = schema.has("maximum") ? schema.path("maximum").asLong() : min + 100;
        // small values mostly: a capacity of 90,000 is valid but never the common case
        long top = Math.min(max, min + (random.nextInt(4) == 0 ? 1000 : 30));
        return min + (long) (random.nextDouble() * (top - min + 1));
    }

    private java.math.BigDecimal number(JsonNode schema) {
        double min = schema.has("minimum") ? schema.path("minimum").asDouble()
                : schema.has("exclusiveMinimum") ? schema.path("exclusiveMinimum").asDouble() : 0;
        double max = schema.has("maximum") ? schema.path("maximum").asDouble() : min + 100;
        java.math.BigDecimal step = new java.math.BigDecimal(schema.path("multipleOf").asText("0.01"));
        long steps = Math.max(1, (long) ((max - min) / step.doubleValue()));
        // a whole number of steps above the minimum (never the exclusive minimum itself), in decimal: a double's
        // 0.30000000000000004 is not a multiple of 0.0001
        return java.math.BigDecimal.valueOf(min).add(step.multiply(java.math.BigDecimal.valueOf(1 + random.nextLong(steps))));
    }

    private String string(JsonNode schema, String name) {
        if (name != null && random.nextInt(100) < 95) {
            var pooled = pools.pick(name, random);
            if (pooled.isPresent()) {
                return pooled.get();
            }
        }
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty() && random.nextBoolean()) {
            return schema.path("examples").get(0).asText();
        }
        String format = schema.path("format").asText("");
        switch (format) {
            case "date":
                return LocalDate.now(ZoneOffset.UTC).plusDays(random.nextInt(400) - 100).toString();
            case "date-time":
                return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS)
                        .plusHours(random.nextInt(24 * 120) - 24 * 20)
                        .withOffsetSameInstant(random.nextBoolean() ? ZoneOffset.UTC : ZoneOffset.ofHours(1)).toString();
            case "uuid":
                return new UUID(random.nextLong(), random.nextLong()).toString();
            case "uri-reference":
            case "uri":
                return "https://example.org/" + word(8);
            default:
                break;
        }
        int min = schema.path("minLength").asInt(1);
        int max = Math.max(min, Math.min(schema.path("maxLength").asInt(Integer.MAX_VALUE), min + 16));
        String pattern = schema.path("pattern").asText("");
        Matcher characterClass = CLASS_PATTERN.matcher(pattern);
        if (characterClass.matches()) {
            String alphabet = alphabet(characterClass.group(1));
            int from = characterClass.group(2) == null ? 1 : Integer.parseInt(characterClass.group(2));
            int to = characterClass.group(3) == null ? 12 : Math.min(12, Integer.parseInt(characterClass.group(3)));
            return fromAlphabet(alphabet, Math.max(from, Math.min(min, to)) + random.nextInt(Math.max(1, to - from)));
        }
        if (pattern.startsWith("[a-fA-F0-9]{8}-")) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }
        if (name != null && name.toLowerCase(java.util.Locale.ROOT).contains("email")) {
            return word(6).toLowerCase(java.util.Locale.ROOT) + "@example.org";
        }
        return word(Math.max(1, min + random.nextInt(max - min + 1)));
    }

    /** The characters of a regular-expression class such as {@code A-Za-z0-9._:@-}. */
    private static String alphabet(String characterClass) {
        StringBuilder alphabet = new StringBuilder();
        for (int i = 0; i < characterClass.length(); i++) {
            char c = characterClass.charAt(i);
            if (i + 2 < characterClass.length() && characterClass.charAt(i + 1) == '-') {
                for (char d = c; d <= characterClass.charAt(i + 2); d++) {
                    alphabet.append(d);
                }
                i += 2;
            } else if (c != '\\') {
                alphabet.append(c);
            }
        }
        return alphabet.toString();
    }

    private String fromAlphabet(String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Letters and digits, starting with a letter. */
    String word(int length) {
        return (char) ('a' + random.nextInt(26)) + fromAlphabet(ALNUM, Math.max(0, length - 1));
    }
}
