package org.iwtraining.booking.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.iwtraining.booking.Agency;
import org.iwtraining.booking.Person;
import org.iwtraining.booking.bookings.BookingService;
import org.iwtraining.booking.rest.PersonRequest;
import org.iwtraining.conventions.problem.ApiException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The HR system's bulk upsert: every row is judged on its own (created, updated, unchanged, or rejected with
 * the reason), valid rows apply even when others are rejected, and the same file sent twice changes nothing.
 * In full mode, people the file does not name become leavers.
 */
@ApplicationScoped
@Transactional
public class PersonImport {

    public static final int MAX_ROWS = 10_000;
    private static final int FLUSH_EVERY = 500;

    private final EntityManager em;
    private final PersonService people;
    private final BookingService bookings;
    private final Validator validator;
    private final ObjectMapper json;
    private final Clock clock;

    public PersonImport(EntityManager em, PersonService people, BookingService bookings, Validator validator,
            ObjectMapper json, Clock clock) {
        this.em = em;
        this.people = people;
        this.bookings = bookings;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
    }

    public enum RowResult {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    /** One row's outcome; {@code row} counts data rows from 1. */
    public record Row(int row, String hrId, RowResult result, String reason) {
    }

    public record Outcome(int created, int updated, int unchanged, int rejected, List<String> leavers, List<Row> rows) {
    }

    /** @param rows JSON objects: a person's fields plus {@code hrId} (CSV rows are turned into the same) */
    public Outcome importRows(List<JsonNode> rows, boolean full) {
        if (rows.size() > MAX_ROWS) {
            throw ApiException.invalidField("body", "at most " + MAX_ROWS + " rows per import");
        }
        List<String> hrIds = rows.stream().map(r -> r.isObject() && r.path("hrId").isTextual() ? r.get("hrId").asText() : null)
                .toList();
        Map<String, Person> existing = new HashMap<>();
        List<String> named = hrIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        for (int from = 0; from < named.size(); from += 1000) {
            Person.<Person>list("hrId in ?1", named.subList(from, Math.min(named.size(), from + 1000)))
                    .forEach(p -> existing.put(p.hrId, p));
        }
        Set<String> agencies = Agency.<Agency>listAll().stream().map(a -> a.code).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        List<Row> results = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String hrId = hrIds.get(i);
            String reason = problemWith(rows.get(i), hrId, seen);
            PersonRequest request = null;
            if (reason == null) {
                try {
                    request = read(rows.get(i));
                    reason = violations(request);
                } catch (JsonProcessingException e) {
                    reason = fieldOf(e) + ": has the wrong type or format";
                }
            }
            if (reason == null && !agencies.contains(request.agencyCode())) {
                reason = "agencyCode: unknown agency";
            }
            if (hrId != null) {
                seen.add(hrId);
            }
            if (reason != null) {
                results.add(new Row(i + 1, hrId, RowResult.REJECTED, reason));
                continue;
            }
            UpsertResult result = people.apply(existing.get(hrId), hrId, request);
            results.add(new Row(i + 1, hrId, RowResult.valueOf(result.name()), null));
            if ((i + 1) % FLUSH_EVERY == 0) {
                em.flush();
            }
        }
        em.flush();
        List<String> leavers = full ? markLeavers(seen) : List.of();
        Map<RowResult, Long> counts = results.stream().collect(Collectors.groupingBy(Row::result, Collectors.counting()));
        return new Outcome(count(counts, RowResult.CREATED), count(counts, RowResult.UPDATED),
                count(counts, RowResult.UNCHANGED), count(counts, RowResult.REJECTED), leavers, results);
    }

    private List<String> markLeavers(Set<String> present) {
        Instant now = clock.instant();
        List<String> leavers = em.createQuery("select p.hrId from Person p where p.leftAt is null order by p.hrId", String.class)
                .getResultList().stream().filter(id -> !present.contains(id)).toList();
        leavers.forEach(id -> bookings.leave(id, now));
        return leavers;
    }

    private static String problemWith(JsonNode row, String hrId, Set<String> seen) {
        if (!row.isObject()) {
            return "row: must be an object";
        }
        if (hrId == null || hrId.isBlank()) {
            return "hrId: must not be blank";
        }
        if (hrId.length() > 100) {
            return "hrId: size must be between 0 and 100";
        }
        if (seen.contains(hrId)) {
            return "hrId: appears more than once in this import";
        }
        return null;
    }

    private PersonRequest read(JsonNode row) throws JsonProcessingException {
        ObjectNode fields = ((ObjectNode) row).deepCopy();
        fields.remove("hrId");
        return json.treeToValue(fields, PersonRequest.class);
    }

    private String violations(PersonRequest request) {
        Set<ConstraintViolation<PersonRequest>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return null;
        }
        return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                .collect(Collectors.joining("; "));
    }

    private static String fieldOf(JsonProcessingException e) {
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return m.getPath().get(0).getFieldName();
        }
        return "row";
    }

    private static int count(Map<RowResult, Long> counts, RowResult result) {
        return counts.getOrDefault(result, 0L).intValue();
    }
}
