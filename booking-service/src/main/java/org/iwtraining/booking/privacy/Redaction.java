package org.iwtraining.booking.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Takes one person's data out of stored text and JSON documents. In a document about the person (an event or
 * notice keyed by them or their booking) every member that holds a name or contact detail is erased whatever its
 * value (an older e-mail address too); anywhere else, and in free text, the person's known values are replaced.
 * Plain Java: {@link Erasure} decides where it applies.
 */
final class Redaction {

    /** What erased personal data reads as, wherever it stood. */
    static final String MARKER = "[erased]";

    /** Members of the suite's documents that name a person. */
    private static final Set<String> NAME_MEMBERS = Set.of("name", "givenName", "familyName");
    /**
     * Members that hold contact details: removed (the suite omits a member with no value, never writes null), so
     * nothing is ever sent to a marker.
     */
    private static final Set<String> CONTACT_MEMBERS = Set.of("email", "phone");

    private final List<String> values;
    private final Set<String> parts;
    private final ObjectMapper json;

    /**
     * @param values text replaced wherever it occurs (the full name, e-mail, phone)
     * @param parts  text replaced only where it is a whole value (a given or family name alone: "Ann" must not
     *               turn "Annual review" into nonsense)
     */
    Redaction(ObjectMapper json, Iterable<String> values, Iterable<String> parts) {
        this.json = json;
        this.values = usable(values).stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.parts = usable(parts);
    }

    private static Set<String> usable(Iterable<String> candidates) {
        Set<String> usable = new LinkedHashSet<>();
        for (String value : candidates) {
            if (value != null && !value.isBlank() && !value.equals(MARKER)) {
                usable.add(value);
            }
        }
        return usable;
    }

    /** Free text (an error message, a stored answer that is not JSON): each known value becomes the marker. */
    String text(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String value : values) {
            result = result.replace(value, MARKER);
        }
        return result;
    }

    /** A text that mentions one of the person's values (a whole-word part does not count). */
    boolean mentions(String text) {
        return text != null && values.stream().anyMatch(text::contains);
    }

    /**
     * A JSON document; {@code aboutThePerson} erases every name and contact member, not only the known values.
     * A document that does not parse is treated as free text.
     */
    String document(String document, boolean aboutThePerson) {
        if (document == null) {
            return null;
        }
        try {
            JsonNode tree = json.readTree(document);
            if (tree == null || !(tree.isContainerNode())) {
                return text(document);
            }
            walk(tree, aboutThePerson);
            return json.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            return text(document);
        }
    }

    private void walk(JsonNode node, boolean aboutThePerson) {
        if (node instanceof ObjectNode object) {
            List<String> removed = new ArrayList<>();
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                JsonNode value = member.getValue();
                if (value.isTextual()) {
                    JsonNode redacted = member(member.getKey(), value.asText(), aboutThePerson);
                    if (redacted == null) {
                        removed.add(member.getKey());
                    } else {
                        object.set(member.getKey(), redacted);
                    }
                } else {
                    walk(value, aboutThePerson);
                }
            }
            object.remove(removed);
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isTextual()) {
                    array.set(i, TextNode.valueOf(value(value.asText())));
                } else {
                    walk(value, aboutThePerson);
                }
            }
        }
    }

    private JsonNode member(String name, String value, boolean aboutThePerson) {
        boolean known = values.contains(value) || parts.contains(value);
        if (CONTACT_MEMBERS.contains(name) && (aboutThePerson || known)) {
            return null;
        }
        if (NAME_MEMBERS.contains(name) && (aboutThePerson || known)) {
            return TextNode.valueOf(MARKER);
        }
        return TextNode.valueOf(value(value));
    }

    private String value(String value) {
        return parts.contains(value) ? MARKER : text(value);
    }
}
