package org.iwtraining.conventions.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.iwtraining.conventions.paging.PageRequest;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The shared audit trail, exercised on catalogue-service (the cheapest service to boot): the row of a change is
 * part of the change's transaction, a refused change still leaves one row with its status, the trail is read
 * back by record and person. This test sits in the trail's own package to drive its request context directly.
 */
@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditContext context;

    @Inject
    AuditTrail trail;

    @Test
    void shouldWriteTheRowOfAChangeInTheTransactionThatCommitsIt() {
        UUID committed = inRequest(() -> QuarkusTransaction.requiringNew().run(() -> {
        }));
        AuditEvent row = rowOf(committed);
        assertEquals("PUT /test/{id}", row.operation());
        assertNull(row.outcome(), "the outcome is completed by the interceptor, not by the transaction");

        UUID rolledBack = inRequest(() -> assertThrows(IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    throw new IllegalStateException("the change fails");
                })));
        assertTrue(rows().stream().noneMatch(r -> r.requestId().equals(rolledBack)),
                "a rolled-back change leaves no row of its own transaction");
    }

    @Test
    void shouldRecordAnAuditedOperationWithItsRecordAndOutcome() {
        String ref = "AUD" + (char) ('A' + (int) (Math.random() * 26)) + (char) ('A' + (int) (Math.random() * 26)) + "01";
        given().contentType(ContentType.JSON)
                .body(Map.of("ref", ref, "name", "Audited " + ref, "process", "ISI", "audiences", List.of("PRACTITIONER"),
                        "minMinutes", 30, "maxMinutes", 30))
                .post("/modules").then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .body(Map.of("ref", ref, "name", "Stale " + ref, "process", "ISI", "audiences", List.of("PRACTITIONER"),
                        "minMinutes", 30, "maxMinutes", 30))
                .put("/modules/" + ref).then().statusCode(412);

        List<AuditEvent> about = rows().stream().filter(r -> ref.equals(r.recordId())).toList();
        assertEquals(1, about.size(), "the refused edit has one row: " + about);
        assertEquals("PUT /modules/{ref}", about.get(0).operation());
        assertEquals(412, about.get(0).outcome());
        assertEquals("module", about.get(0).recordKind());
        assertTrue(rows().stream().anyMatch(r -> r.operation().equals("POST /modules") && Integer.valueOf(201).equals(r.outcome())));
    }

    @Test
    void shouldFindRowsByPerson() {
        UUID request = inRequest(() -> {
            context.concerns("HR-AUDIT-1");
            QuarkusTransaction.requiringNew().run(() -> {
            });
        });
        assertEquals(Set.of("HR-AUDIT-1"), trail.find(null, "HR-AUDIT-1", null, null, PageRequest.of(500, null)).items()
                .stream().filter(r -> r.requestId().equals(request)).findFirst().orElseThrow().personIds());
    }

    /** Runs work in a request of its own that audits a change; the id of that request's row. */
    private UUID inRequest(Runnable work) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            context.begin(new AuditEntry(UUID.randomUUID(), Instant.now(), "tester", Set.of("catalogue-editor"), null,
                    "PUT /test/{id}", true, "test", "t-1", Set.of(), null));
            UUID id = context.requestId();
            work.run();
            return id;
        } finally {
            request.terminate();
        }
    }

    private AuditEvent rowOf(UUID request) {
        return rows().stream().filter(r -> r.requestId().equals(request)).findFirst().orElseThrow();
    }

    private List<AuditEvent> rows() {
        return trail.find(null, null, null, null, PageRequest.of(500, null)).items();
    }
}
