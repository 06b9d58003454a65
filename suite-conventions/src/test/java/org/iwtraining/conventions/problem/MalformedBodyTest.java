package org.iwtraining.conventions.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class MalformedBodyTest {

    enum Colour { RED, GREEN }

    record Check(List<String> modules, int capacity, Colour colour) {
    }

    private final ObjectMapper json = new ObjectMapper();

    private Problem problemFor(String body) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> json.readValue(body, Check.class));
        return ProblemMappers.malformed(e);
    }

    @Test
    void shouldCallBrokenAndTruncatedBodiesMalformed() {
        for (String body : new String[] { "{\"modules\": [", "{modules: 1}", "{\"capacity\": 3" }) {
            Problem problem = problemFor(body);
            assertEquals("MALFORMED_JSON", problem.getCode(), body);
            assertEquals("body", problem.getErrors().get(0).field(), body);
        }
    }

    @Test
    void shouldNameTheFieldOfAWrongType() {
        Problem problem = problemFor("{\"modules\": [\"IW01\", {\"x\": 1}], \"capacity\": 3}");
        assertEquals(400, problem.getStatus());
        assertEquals("modules[1]", problem.getErrors().get(0).field());

        assertEquals("capacity", problemFor("{\"capacity\": \"many\"}").getErrors().get(0).field());
    }

    @Test
    void shouldListTheAllowedValuesOfAnEnum() {
        Problem problem = problemFor("{\"colour\": \"BLUE\"}");
        assertEquals("colour", problem.getErrors().get(0).field());
        assertEquals("must be one of RED, GREEN", problem.getErrors().get(0).message());
        assertEquals("must be a whole number", problemFor("{\"capacity\": \"many\"}").getErrors().get(0).message());
    }
}
