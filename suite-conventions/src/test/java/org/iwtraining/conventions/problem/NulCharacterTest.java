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

    @Test
    void shouldReadOrdinaryTextUnchanged() throws Exception {
        Person person = json.readValue("{\"name\": \"Zoë O'Brien <x>|y\", \"phones\": [\"01\"]}", Person.class);
        assertEquals("Zoë O'Brien <x>|y", person.name());
        assertEquals(List.of("01"), person.phones());
    }

    private void assertNamed(String field, String body) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> json.readValue(body, Person.class));
        Problem problem = ProblemMappers.malformed(e);
        assertEquals(400, problem.getStatus(), body);
        assertEquals(field, problem.getErrors().get(0).field(), body);
        assertEquals("must not contain a NUL character", problem.getErrors().get(0).message(), body);
    }
}
