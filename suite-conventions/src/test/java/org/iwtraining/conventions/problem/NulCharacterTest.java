package org.iwtraining.conventions.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.iwtraining.conventions.input.NulRejectingStrings;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class NulCharacterTest {

    record Person(String name, List<String> phones, String[] tags, Map<String, String> notes) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(NulRejectingStrings.module());

    @Test
    void shouldRefuseANulCharacterNamingTheMemberWhereverItStands() {
        assertNamed("name", "{\"name\": \"A\\u0000B\"}");
        assertNamed("phones[1]", "{\"phones\": [\"1\", \"\\u0000\"]}");
        assertNamed("tags[0]", "{\"tags\": [\"\\u0000\"]}");
        assertNamed("notes.x", "{\"notes\": {\"x\": \"\\u0000\"}}");
    }

    /** The fuzzer's POST /sessions with moduleRefs ["\\uD800"]: booking-service passed it on and answered 503. */
    @Test
    void shouldRefuseHalfASurrogatePairNamingTheMember() {
        String message = "must not contain half of a surrogate pair (not Unicode text)";
        assertNamed("name", "{\"name\": \"A\\uD800B\"}", message);
        assertNamed("phones[0]", "{\"phones\": [\"\\uDC00\"]}", message);
        assertNamed("tags[0]", "{\"tags\": [\"x\\uD83D\"]}", message);
    }

    @Test
    void shouldReadOrdinaryTextUnchanged() throws Exception {
        assertEquals("smile \uD83D\uDE00", json.readValue("{\"name\": \"smile \\uD83D\\uDE00\"}", Person.class).name());
        Person person = json.readValue("{\"name\": \"Zoë O'Brien <x>|y\", \"phones\": [\"01\"]}", Person.class);
        assertEquals("Zoë O'Brien <x>|y", person.name());
        assertEquals(List.of("01"), person.phones());
    }

    private void assertNamed(String field, String body) {
        assertNamed(field, body, "must not contain a NUL character");
    }

    private void assertNamed(String field, String body, String message) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> json.readValue(body, Person.class));
        Problem problem = ProblemMappers.malformed(e);
        assertEquals(400, problem.getStatus(), body);
        assertEquals(field, problem.getErrors().get(0).field(), body);
        assertEquals(message, problem.getErrors().get(0).message(), body);
    }
}
