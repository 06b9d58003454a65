package org.iwtraining.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One WireMock server on a dynamic port standing in for every service booking-service calls: followup-service's
 * event receivers (accepting everything unless a test stubs a specific answer at a higher priority), the
 * catalogue, and HR webhook receivers under {@code /hooks/}. Every test class declares it the same way, so the
 * module boots once.
 */
public class ExternalServicesStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/followups")).atPriority(10)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
        server.stubFor(post(urlEqualTo("/cascade-events")).atPriority(10).willReturn(okJson("{\"closedCases\": 0}")));
        server.stubFor(post(urlEqualTo("/person-events")).atPriority(10).willReturn(okJson("{\"closedCases\": 0}")));
        return Map.of("quarkus.rest-client.followup.url", server.baseUrl(),
                "quarkus.rest-client.catalogue.url", server.baseUrl());
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
