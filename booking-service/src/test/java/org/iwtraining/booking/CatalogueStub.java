package org.iwtraining.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * catalogue-service on a dynamic port, with a small catalogue (a few modules of each process, one course)
 * and {@link FakeEligibility} answering {@code /eligibility/batch}. Started by {@link ExternalServicesStub}, the one
 * test resource every test class declares, so the module boots once.
 */
public class CatalogueStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().extensions(new FakeEligibility()));
        server.start();
        stubCatalogue();
        return Map.of("quarkus.rest-client.catalogue.url", server.baseUrl());
    }

    /** The catalogue every test starts from; {@link ExternalServicesStub#reset()} lays it again before each test. */
    static void stubCatalogue() {
        server.stubFor(get(urlPathMatching("/modules/.*")).atPriority(10).willReturn(aResponse().withStatus(404)));
        module("IW01", "IW", "ACTIVE", false, false, false);
        module("IW02", "IW", "ACTIVE", true, false, false);
        module("IW03", "IW", "ACTIVE", false, false, false);
        module("IW05", "IW", "ACTIVE", false, true, false);
        module("IS01", "IS", "ACTIVE", false, false, false);
        module("IS02", "IS", "ACTIVE", false, false, false);
        module("IS03", "IS", "ACTIVE", false, false, false);
        module("IS05", "IS", "ACTIVE", false, true, true);
        module("CAF01", "CAF", "ACTIVE", false, false, false);
        module("CAF02", "CAF", "ACTIVE", false, false, false);
        module("CAF03", "CAF", "ACTIVE", false, true, false);
        module("LP01", "LP", "ACTIVE", false, false, false);
        module("ISI01", "ISI", "DEFINITION_PENDING", false, false, false);
        module("OLD01", "IS", "RETIRED", false, false, false);
        server.stubFor(get(urlEqualTo("/modules/BROKEN1")).willReturn(aResponse().withStatus(500)));
        server.stubFor(get(urlEqualTo("/courses/CAF-PRACT")).willReturn(okJson("""
                {"id": "CAF-PRACT", "title": "CAF for practitioners", "process": "CAF", "audiences": ["PRACTITIONER"],
                 "modules": ["IW01", "CAF01", "CAF02"]}""")));
        server.stubFor(get(urlPathMatching("/courses/.*")).atPriority(10).willReturn(aResponse().withStatus(404)));
        // the course rules: every module list keeps them unless a test stubs a violation at a higher priority
        server.stubFor(post(urlEqualTo("/courses/check")).atPriority(10).willReturn(okJson("""
                {"ok": true, "violations": [], "minMinutes": 60, "maxMinutes": 90, "modulesWithoutDuration": []}""")));
        server.stubFor(post(urlEqualTo("/eligibility/batch")).willReturn(aResponse().withTransformers(FakeEligibility.NAME)));
        server.stubFor(get(urlEqualTo("/revision")).atPriority(10).willReturn(okJson("{\"revision\": \"1\"}")));
    }

    static void module(String ref, String process, String status, boolean keepAudiencesApart, boolean trainTheTrainer,
            boolean waivable) {
        server.stubFor(get(urlEqualTo("/modules/" + ref)).willReturn(okJson("""
                {"ref": "%s", "name": "Module %s", "process": "%s", "status": "%s", "audiences": %s,
                 "minMinutes": 60, "maxMinutes": 90, "parts": 1, "trainTheTrainer": %s, "keepAudiencesApart": %s,
                 "waivable": %s, "version": 1, "description": "ignored by booking"}"""
                .formatted(ref, ref, process, status, List.of("\"PRACTITIONER\""), trainTheTrainer, keepAudiencesApart, waivable))));
    }

    public static WireMockServer server() {
        return server;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
