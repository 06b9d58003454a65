package org.iwtraining.conventions.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.iwtraining.conventions.input.StrictJson;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class StrictJsonTest {

    record Part(OffsetDateTime startsAt, Instant at) {
    }

    record Check(String name, LocalDate on, List<Part> parts) {
    }

    private final ObjectMapper json = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    private FieldError errorFor(String body) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> json.readValue(body, Check.class));
        Problem problem = ProblemMappers.malformed(e);
        assertEquals(400, problem.getStatus(), body);
        return problem.getErrors().get(0);
    }

    @Test
    void shouldReadWhatIsWellFormed() throws Exception {
        Check check = json.readValue("{\"name\": \"a\", \"on\": \"2027-03-01\", \"parts\": [{\"startsAt\": \"2027-03-01T09:30:00+01:00\", "
                + "\"at\": \"2999-12-31T23:59:59Z\"}]}", Check.class);
        assertEquals(LocalDate.of(2027, 3, 1), check.on());
        assertEquals(null, json.readValue("{\"on\": null}", Check.class).on());
    }

    @Test
    void shouldNameADuplicateMember() {
        FieldError error = errorFor("{\"name\": \"a\", \"name\": \"b\"}");
        assertEquals("name", error.field());
        assertEquals("parts[0].at", errorFor("{\"parts\": [{\"at\": \"2027-03-01T09:30:00Z\", \"at\": \"2027-03-01T09:30:00Z\"}]}").field());
    }

    @Test
    void shouldRefuseANumberOrAnArrayWhereADateOrTimeIsDocumented() {
        assertEquals("on", errorFor("{\"on\": 19000}").field());
        assertEquals("on", errorFor("{\"on\": [2027, 3, 1]}").field());
        assertEquals("parts[0].startsAt", errorFor("{\"parts\": [{\"startsAt\": 1700000000}]}").field());
        assertEquals("parts[0].at", errorFor("{\"parts\": [{\"at\": 1700000000.5}]}").field());
        assertEquals("must be a date, e.g. 2027-03-01", errorFor("{\"on\": 1}").message());
    }

    @Test
    void shouldShowTheExpectedFormOfADateOrATime() {
        FieldError noOffset = errorFor("{\"parts\": [{\"at\": \"2027-03-01T09:30:00\"}]}");
        assertEquals("parts[0].at", noOffset.field());
        assertEquals("must be a date and time with its offset, e.g. 2027-03-01T09:30:00Z", noOffset.message());
        assertEquals("must be a date and time with its offset, e.g. 2027-03-01T09:30:00Z",
                errorFor("{\"parts\": [{\"startsAt\": \"1 March 2027\"}]}").message());
        assertEquals("must be a date, e.g. 2027-03-01", errorFor("{\"on\": \"01/03/2027\"}").message());
    }

    @Test
    void shouldRefuseADateOutsideTheYearsTheSuiteKeeps() {
        assertEquals("on", errorFor("{\"on\": \"1899-12-31\"}").field());
        assertEquals("on", errorFor("{\"on\": \"+10000-01-01\"}").field());
        assertEquals("parts[0].startsAt", errorFor("{\"parts\": [{\"startsAt\": \"3000-01-01T00:00:00Z\"}]}").field());
        assertEquals("parts[0].at", errorFor("{\"parts\": [{\"at\": \"-5000-01-01T00:00:00Z\"}]}").field());
        assertEquals("must be in the years 1900 to 2999", errorFor("{\"on\": \"0001-01-01\"}").message());
    }

    @Test
    void shouldRefuseDeepNestingAndHugeStrings() {
        String deep = "[".repeat(StrictJson.MAX_DEPTH + 1) + "]".repeat(StrictJson.MAX_DEPTH + 1);
        assertEquals("nests deeper than 64 levels", errorFor("{\"name\": \"a\", \"other\": " + deep + "}").message());
        FieldError tooLong = errorFor("{\"name\": \"" + "x".repeat(StrictJson.MAX_STRING + 1) + "\"}");
        assertEquals("name", tooLong.field());
        assertEquals("is longer than 1000000 characters", tooLong.message());
    }
}
