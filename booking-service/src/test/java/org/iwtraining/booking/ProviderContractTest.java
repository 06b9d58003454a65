package org.iwtraining.booking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.iwtraining.booking.attendance.CascadeDetection;
import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.client.CourseCheck;
import org.iwtraining.booking.client.CourseData;
import org.iwtraining.booking.client.EligibilityCheck;
import org.iwtraining.booking.client.EligibilityResult;
import org.iwtraining.booking.client.ModuleData;
import org.iwtraining.booking.outbox.OutboxDispatcher;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * booking-service's clients against their providers' checked-in OpenAPI documents: every request a test caused
 * (the stub's journal starts empty for each test, see {@link FreshExternalServices}) and every answer the stub gave
 * must be one the provider documents, and the records the clients read must name the provider's fields.
 */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class ProviderContractTest {

    private static final ProviderContract CATALOGUE = ProviderContract.catalogue();
    private static final ProviderContract FOLLOWUP = ProviderContract.followup();

    @Inject
    CatalogueClient catalogue;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    CascadeDetection cascades;

    @Test
    void shouldSendTheCatalogueOnlyRequestsItsDocumentAcceptsAndGetAnswersItDocuments() {
        catalogue.module("IW01");
        catalogue.module(Fixtures.unique("NOPE"));
        catalogue.course("CAF-PRACT");
        catalogue.eligibility(List.of(new EligibilityCheck(List.of("IS02", "IS05"), List.of("IS01"), List.of("IS05"), "PRACTITIONER")));
        catalogue.checkCourse(new CourseCheck.Question(List.of("CAF01", "CAF02"), false, "CAF", List.of("PRACTITIONER"),
                "CAF-PRACT", List.of(150, 150)));

        assertJournalHonours(CATALOGUE, Set.of("GET /modules/{ref}", "GET /courses/{id}", "POST /eligibility/batch",
                "POST /courses/check"), request -> true);
    }

    @Test
    void shouldSendFollowupOnlyEventsItsDocumentAccepts() {
        String manager = personWithEmail();
        String trainer = Fixtures.unique("HR");
        Map<String, Object> trainerBody = Fixtures.personBody(Fixtures.agency("HEALTH"), "PRACTITIONER");
        trainerBody.put("managerHrId", manager);
        given().contentType(ContentType.JSON).body(trainerBody).put("/people/" + trainer).then().statusCode(201);
        attend(Fixtures.session(List.of("IS05"), 10, -2), trainer);
        Map<String, Object> delivered = Fixtures.sessionBody(List.of("IS01"), 10, -1);
        delivered.put("trainerHrIds", List.of(trainer));
        String session = Fixtures.session(delivered);
        for (int i = 0; i < 3; i++) {
            attend(session, personWithEmail());
        }
        cascades.uncheckedSessions();
        trainerBody.put("phone", "07700 900999");
        given().contentType(ContentType.JSON).body(trainerBody).put("/people/" + trainer).then().statusCode(200);
        given().delete("/people/" + trainer).then().statusCode(204);
        dispatcher.dispatchDue();

        // The dispatch also sends what earlier test classes left in the outbox; this test's events are the trainer's.
        assertJournalHonours(FOLLOWUP, Set.of("POST /followups", "POST /cascade-events", "POST /person-events"),
                request -> request.getBodyAsString().contains(trainer));
    }

    @Test
    void shouldStubOnlyAnswersTheProvidersDocument() {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (StubMapping stub : ExternalServicesStub.server().getStubMappings()) {
            String url = stub.getRequest().getUrl();
            String body = stub.getResponse().getBody();
            if (url == null || url.startsWith("/hooks/") || body == null) {
                continue;
            }
            String method = stub.getRequest().getMethod().getName();
            ProviderContract provider = CATALOGUE.route(url).isPresent() ? CATALOGUE : FOLLOWUP;
            violations.addAll(provider.checkResponse(method, url, stub.getResponse().getStatus(), body));
            checked++;
        }

        assertEquals(List.of(), violations);
        assertTrue(checked >= 15, "the static stubs were checked: " + checked);
    }

    @Test
    void shouldReadOnlyFieldsTheCatalogueDocuments() throws ClassNotFoundException {
        List<String> violations = new ArrayList<>();
        violations.addAll(CATALOGUE.checkConsumerView(ModuleData.class, "ModuleView"));
        violations.addAll(CATALOGUE.checkConsumerView(CourseData.class, "CourseView"));
        violations.addAll(CATALOGUE.checkConsumerView(EligibilityResult.class, "EligibilityResult"));
        violations.addAll(CATALOGUE.checkConsumerView(
                Class.forName("org.iwtraining.booking.client.CatalogueApi$EligibilityBatchAnswer"), "EligibilityBatchView"));
        violations.addAll(CATALOGUE.checkConsumerView(EligibilityCheck.class, "EligibilityRequest"));

        assertEquals(List.of(), violations);
    }

    /**
     * Every journalled exchange of this test that the provider routes honours its document, anything neither
     * provider routes is a violation too, and the operations this test drove are among those checked.
     */
    private static void assertJournalHonours(ProviderContract provider, Set<String> driven, Predicate<LoggedRequest> ours) {
        Set<String> operations = new TreeSet<>();
        List<String> violations = new ArrayList<>();
        for (ServeEvent event : ExternalServicesStub.server().getAllServeEvents()) {
            String url = event.getRequest().getUrl();
            if (url.startsWith("/hooks/") || !ours.test(event.getRequest())) {
                continue;
            }
            if (CATALOGUE.route(url).isEmpty() && FOLLOWUP.route(url).isEmpty()) {
                violations.add("no provider has a path for " + event.getRequest().getMethod() + " " + url);
                continue;
            }
            if (provider.route(url).isEmpty()) {
                continue;
            }
            String method = event.getRequest().getMethod().getName();
            operations.add(method + " " + provider.route(url).orElseThrow());
            violations.addAll(provider.checkRequest(method, url, event.getRequest().getBodyAsString()));
            // A simulated network fault has no answer to judge.
            if (event.getResponse().getFault() == null) {
                violations.addAll(provider.checkResponse(method, url, event.getResponse().getStatus(), event.getResponse().getBodyAsString()));
            }
        }
        assertEquals(List.of(), violations);
        assertTrue(operations.containsAll(driven), "the driven operations were journalled: " + operations);
    }

    private static String personWithEmail() {
        String hrId = Fixtures.unique("HR");
        Map<String, Object> body = Fixtures.personBody(Fixtures.agency("HEALTH"), "PRACTITIONER");
        body.put("email", hrId.toLowerCase() + "@example.org");
        given().contentType(ContentType.JSON).body(body).put("/people/" + hrId).then().statusCode(201);
        return hrId;
    }

    private static void attend(String session, String person) {
        given().contentType(ContentType.JSON).body(List.of(Map.of("personId", person, "status", "ATTENDED")))
                .post("/sessions/" + session + "/attendance").then().statusCode(200);
    }
}
