package org.iwtraining.catalogue;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.iwtraining.conventions.testing.ConditionalGets;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Catalogue editors' changes. Every module made here is named TST… in the ISI column, after the seed's modules. */
@QuarkusTest
class ModuleEditTest {

    private static String uniqueRef() {
        StringBuilder ref = new StringBuilder("TST");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 5; i++) {
            ref.append((char) ('A' + random.nextInt(26)));
        }
        return ref.append("01").toString();
    }

    private static Map<String, Object> module(String ref, String prerequisite) {
        Map<String, Object> body = new HashMap<>();
        body.put("ref", ref);
        body.put("name", "Test module " + ref);
        body.put("process", "ISI");
        body.put("audiences", List.of("PRACTITIONER"));
        body.put("minMinutes", 60);
        body.put("maxMinutes", 90);
        body.put("prerequisite", prerequisite);
        return body;
    }

    private static ValidatableResponse create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/modules").then();
    }

    private static ValidatableResponse put(String ref, String ifMatch, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/modules/" + ref).then();
    }

    private static String revision() {
        return given().get("/revision").then().statusCode(200).extract().path("revision");
    }

    @Test
    void shouldCreateAModuleWithCanonicalPrerequisiteAndNewRevision() {
        String before = revision();
        String ref = uniqueRef();
        create(module(ref, "IW01 and (IS01   or IS02)")).statusCode(201)
                .header("Location", containsString("/modules/" + ref))
                .header("ETag", equalTo("\"1\""))
                .body("prerequisite", equalTo("IW01 AND (IS01 OR IS02)"))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(1));
        assertNotEquals(before, revision());
        given().get("/modules/" + ref).then().statusCode(200).body("name", equalTo("Test module " + ref));
        given().contentType(ContentType.JSON)
                .body(Map.of("module", ref, "completed", List.of("IW01"), "audience", "PRACTITIONER"))
                .post("/eligibility").then().statusCode(200)
                .body("missing", contains(List.of("IS01"), List.of("IS02")));
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentEditsOfTheSameVersionWin() throws Exception {
        String ref = uniqueRef();
        create(module(ref, null)).statusCode(201);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = pool.invokeAll(List.of(1, 2).stream()
                    .map(i -> (Callable<Integer>) () -> {
                        Map<String, Object> body = module(ref, null);
                        body.put("name", "Edit " + i);
                        return put(ref, "\"1\"", body).extract().statusCode();
                    }).toList());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            pool.shutdown();
        }
        given().get("/modules/" + ref).then().body("version", equalTo(2));
    }

    @Test
    void shouldChangeTheListsETagWhenAModuleChanges() {
        String etag = given().get("/modules").then().statusCode(200).extract().header("ETag");
        create(module(uniqueRef(), null)).statusCode(201);
        given().header("If-None-Match", etag).get("/modules").then().statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void shouldRefuseADuplicateRef() {
        create(module("IW01", null)).statusCode(409).body("code", equalTo("MODULE_EXISTS"));
    }

    @Test
    void shouldPointAtAnUnknownModuleInThePrerequisite() {
        create(module(uniqueRef(), "IW01 AND (IS01 OR NOPE99)")).statusCode(400)
                .body("errors[0].field", equalTo("prerequisite"))
                .body("position", equalTo(18));
    }

    @Test
    void shouldPointAtUnreadablePrerequisiteText() {
        create(module(uniqueRef(), "IW01 AND (IS01 OR")).statusCode(400)
                .body("errors[0].field", equalTo("prerequisite")).body("position", equalTo(17));
    }

    @Test
    void shouldRefuseAPrerequisiteThatMakesACycle() {
        String first = uniqueRef();
        String second = uniqueRef();
        create(module(first, "IW01")).statusCode(201);
        create(module(second, first)).statusCode(201);
        Map<String, Object> cyclic = module(first, "IW01 AND " + second);
        put(first, "\"1\"", cyclic).statusCode(400)
                .body("errors[0].field", equalTo("prerequisite")).body("position", equalTo(9))
                .body("detail", containsString("cycle"));
        put(first, "\"1\"", module(first, first)).statusCode(400).body("position", equalTo(0));
        given().get("/modules/" + first).then().body("prerequisite", equalTo("IW01")).body("version", equalTo(1));
    }

    @Test
    void shouldAnswerConditionalGetsOfAModuleAndItsMaterials() {
        String ref = uniqueRef();
        create(module(ref, null)).statusCode(201);
        String tag = ConditionalGets.assertNotModifiedOnMatch("/modules/" + ref);
        ConditionalGets.assertNotModifiedOnMatch("/modules/" + ref + "/materials");
        ConditionalGets.assertNotModifiedOnMatch("/modules/IW01");
        Map<String, Object> changed = module(ref, "IW01");
        changed.put("name", "Renamed");
        put(ref, "W/" + tag, changed).statusCode(412);
        put(ref, tag, changed).statusCode(200);
        given().header("If-None-Match", tag).get("/modules/" + ref).then().statusCode(200).body("name", equalTo("Renamed"));
    }

    @Test
    void shouldUpdateWithIfMatchAndIncrementTheVersion() {
        String ref = uniqueRef();
        create(module(ref, null)).statusCode(201);
        Map<String, Object> changed = module(ref, "IW01");
        changed.put("name", "Renamed");
        put(ref, "\"1\"", changed).statusCode(200).header("ETag", equalTo("\"2\""))
                .body("version", equalTo(2)).body("name", equalTo("Renamed")).body("prerequisite", equalTo("IW01"));
        put(ref, "\"1\"", changed).statusCode(412).contentType("application/problem+json");
        put(ref, null, changed).statusCode(428);
        given().get("/modules/" + ref).then().body("version", equalTo(2));
    }

    @Test
    void shouldRetireAModuleByAStatusChangeAndKeepItOutOfNewCourses() {
        String ref = uniqueRef();
        create(module(ref, null)).statusCode(201);
        Map<String, Object> retired = module(ref, null);
        retired.put("status", "RETIRED");
        put(ref, "\"1\"", retired).statusCode(200).body("status", equalTo("RETIRED"));
        given().queryParam("status", "RETIRED").get("/modules").then().body("items.ref", contains(ref));
        given().contentType(ContentType.JSON).body(Map.of("title", "Old", "process", "ISI",
                "audiences", List.of("PRACTITIONER"), "modules", List.of("IW01", "ISI01", ref)))
                .post("/courses").then().statusCode(422).body("code", equalTo("MODULE_RETIRED"));
    }

    @Test
    void shouldRefuseBadModuleFieldsNamingThem() {
        Map<String, Object> body = module(uniqueRef(), null);
        body.put("minMinutes", 100);
        body.put("maxMinutes", 50);
        create(body).statusCode(400).body("errors[0].field", equalTo("maxMinutes"));
        body = module(uniqueRef(), null);
        body.put("audiences", List.of("PRACTITIONER", "ALIENS"));
        create(body).statusCode(400).body("errors[0].field", equalTo("audiences[1]"));
        body = module(uniqueRef(), null);
        body.put("status", "LOST");
        create(body).statusCode(400).body("errors[0].field", equalTo("status"));
        body = module(uniqueRef(), null);
        body.put("process", "NOPE");
        create(body).statusCode(400).body("errors[0].field", equalTo("process"));
        body = module("bad ref", null);
        create(body).statusCode(400).body("errors[0].field", equalTo("ref"));
        body = module(uniqueRef(), null);
        body.put("minMinutes", 99999999999L);
        create(body).statusCode(400);
        body = module(uniqueRef(), null);
        body.put("recommended", List.of("IW01", "XX01"));
        create(body).statusCode(400).body("errors[0].field", equalTo("recommended[1]"));
        body = module(uniqueRef(), null);
        body.put("name", "");
        create(body).statusCode(400).body("errors[0].field", equalTo("name"));
        put("NOPE01", "\"1\"", module("NOPE01", null)).statusCode(404);
    }

    @Test
    void shouldReplaceMaterialsAndHonourIfMatchWhenSent() {
        String ref = uniqueRef();
        create(module(ref, null)).statusCode(201);
        given().get("/modules/" + ref + "/materials").then().statusCode(200).body("materials", empty())
                .body("version", equalTo(1));
        Map<String, Object> materials = Map.of("materials", List.of(
                Map.of("kind", "COURSE_OUTLINE", "title", "Outline", "url", "https://example.org/outline.pdf",
                        "version", "1.0"),
                Map.of("kind", "TRAINER_GUIDE", "title", "Guide (Leeds)", "url", "https://example.org/guide.pdf",
                        "localAuthority", "Leeds City Council")));
        given().contentType(ContentType.JSON).body(materials).put("/modules/" + ref + "/materials").then()
                .statusCode(200).header("ETag", equalTo("\"2\""))
                .body("materials.kind", contains("COURSE_OUTLINE", "TRAINER_GUIDE"))
                .body("materials[0].localAuthority", nullValue())
                .body("materials[1].localAuthority", equalTo("Leeds City Council"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(materials)
                .put("/modules/" + ref + "/materials").then().statusCode(412);
        given().contentType(ContentType.JSON)
                .body(Map.of("materials", List.of(Map.of("kind", "POSTER", "title", "x", "url", "https://e.org"))))
                .put("/modules/" + ref + "/materials").then().statusCode(400)
                .body("errors[0].field", equalTo("materials[0].kind"));
        given().contentType(ContentType.JSON)
                .body(Map.of("materials", List.of(Map.of("kind", "COURSE_OUTLINE", "title", "x", "url", "ftp:/x"))))
                .put("/modules/" + ref + "/materials").then().statusCode(400)
                .body("errors[0].field", equalTo("materials[0].url"));
        given().get("/modules/" + ref + "/materials").then().body("materials", not(empty())).body("version", equalTo(2));
        given().get("/modules/NOPE01/materials").then().statusCode(404);
    }
}
