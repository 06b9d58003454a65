package org.iwtraining.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The one test resource of this module: a single WireMock server standing in for every service booking-service
 * calls — catalogue-service (stubbed by {@link CatalogueStub}), followup-service's event receivers (accepting
 * everything unless a test stubs a specific answer at a higher priority), and HR webhook receivers under
 * {@code /hooks/}. Every test class declares it the same way, so the module boots once; the server is shared, so
 * {@link FreshExternalServices} calls {@link #reset()} before every test.
 */
public class ExternalServicesStub implements QuarkusTestResourceLifecycleManager {

    private final CatalogueStub catalogue = new CatalogueStub();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(catalogue.start());
        stubFollowup();
        config.put("quarkus.rest-client.followup.url", server().baseUrl());
        return config;
    }

    /**
     * Back to the stubs laid at start: what a test stubbed, its journal and its scenarios' states are gone, so no
     * test sees another's answers or counts another's requests.
     */
    public static void reset() {
        server().resetAll();
        CatalogueStub.stubCatalogue();
        stubFollowup();
    }

    private static void stubFollowup() {
        WireMockServer server = server();
        server.stubFor(post(urlEqualTo("/followups")).atPriority(10)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
        server.stubFor(post(urlEqualTo("/cascade-events")).atPriority(10).willReturn(okJson("{\"closedCases\": 0}")));
        server.stubFor(post(urlEqualTo("/person-events")).atPriority(10).willReturn(okJson("{\"closedCases\": 0}")));
        server.stubFor(post(urlEqualTo("/erasures")).atPriority(10).willReturn(okJson(
                "{\"personId\": \"x\", \"erasedCases\": 0, \"erasedCalls\": 0, \"erasedReminders\": 0, \"closedCases\": 0, \"replay\": false}")));
        server.stubFor(get(urlPathMatching("/people/[^/]+/export")).atPriority(10).willReturn(okJson(
                "{\"personId\": \"x\", \"cases\": [], \"reminders\": [], \"audit\": []}")));
    }

    public static WireMockServer server() {
        return CatalogueStub.server();
    }

    @Override
    public void stop() {
        catalogue.stop();
    }
}
