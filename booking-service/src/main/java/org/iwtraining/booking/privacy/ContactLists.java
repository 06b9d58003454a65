package org.iwtraining.booking.privacy;

import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Takes one person out of the contact lists other people were sent (a practitioner-network notice lists its
 * fellow attendees under {@code contacts}). An entry is the person's when it names their id; an entry written
 * before entries carried an id is theirs when it holds their e-mail address or phone (never by name alone: two
 * attendees may share a name). Plain Java: {@link Erasure} decides where it applies.
 */
final class ContactLists {

    private final ObjectMapper json;
    private final String personId;
    private final String email;
    private final String phone;

    ContactLists(ObjectMapper json, String personId, String email, String phone) {
        this.json = json;
        this.personId = personId;
        this.email = email;
        this.phone = phone;
    }

    /** A list notice without the person: {@code nobodyLeft} when they were the only one listed. */
    record Rewritten(String document, boolean nobodyLeft) {
    }

    /** The document without the person's entries, or null when it lists none of them (or is not a list notice). */
    Rewritten without(String document) {
        JsonNode tree;
        try {
            tree = json.readTree(document);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (!(tree instanceof ObjectNode notice) || !(notice.get("contacts") instanceof ArrayNode contacts)) {
            return null;
        }
        boolean removed = false;
        for (int i = contacts.size() - 1; i >= 0; i--) {
            if (isThePersons(contacts.get(i))) {
                contacts.remove(i);
                removed = true;
            }
        }
        if (!removed) {
            return null;
        }
        try {
            return new Rewritten(json.writeValueAsString(tree), contacts.isEmpty());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed document could not be written again", e);
        }
    }

    private boolean isThePersons(JsonNode entry) {
        String id = text(entry, "personId");
        if (id != null) {
            return id.equals(personId);
        }
        return matches(text(entry, "email"), email) || matches(text(entry, "phone"), phone);
    }

    private static boolean matches(String value, String known) {
        return known != null && !known.isBlank() && Objects.equals(value, known);
    }

    private static String text(JsonNode entry, String member) {
        JsonNode value = entry.get(member);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}
