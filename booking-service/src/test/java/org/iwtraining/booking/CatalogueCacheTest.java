package org.iwtraining.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.client.CatalogueUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * booking-service keeps catalogue answers until catalogue-service's revision changes, and while the
 * catalogue cannot be reached it goes on answering what it has cached; what it has not cached is a 503.
 */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class CatalogueCacheTest {

    @Inject
    CatalogueClient catalogue;

    private final WireMockServer server = ExternalServicesStub.server();
    private StubMapping revision;

    private void revision(String value) {
        if (revision != null) {
            server.removeStub(revision);
        }
        revision = server.stubFor(get(urlEqualTo("/revision")).willReturn(okJson("{\"revision\": \"" + value + "\"}")));
    }

    @AfterEach
    void restoreDefaultRevision() {
        if (revision != null) {
            server.removeStub(revision);
        }
    }

    @Test
    void shouldKeepModulesUntilTheRevisionChanges() {
        revision("cache-a");
        CatalogueStub.module("CACHE01", "IW", "ACTIVE", false, false, false);
        assertTrue(catalogue.module("CACHE01").isPresent());
        assertTrue(catalogue.module("CACHE01").isPresent());
        server.verify(1, getRequestedFor(urlEqualTo("/modules/CACHE01")));

        revision("cache-b");
        assertTrue(catalogue.module("CACHE01").isPresent());
        server.verify(2, getRequestedFor(urlEqualTo("/modules/CACHE01")));
    }

    @Test
    void shouldAnswerFromTheCacheWhileTheCatalogueIsDown() {
        revision("down-a");
        CatalogueStub.module("CACHE02", "CAF", "ACTIVE", false, false, false);
        assertEquals("CAF", catalogue.module("CACHE02").orElseThrow().process());

        StubMapping downRevision = server.stubFor(get(urlEqualTo("/revision")).atPriority(1).willReturn(aResponse().withStatus(503)));
        StubMapping downModule = server.stubFor(get(urlEqualTo("/modules/CACHE02")).atPriority(1).willReturn(aResponse().withStatus(503)));
        StubMapping downOther = server.stubFor(get(urlEqualTo("/modules/CACHE03")).atPriority(1).willReturn(aResponse().withStatus(503)));
        try {
            assertEquals("CAF", catalogue.module("CACHE02").orElseThrow().process(), "cached: goes on");
            assertThrows(CatalogueUnavailableException.class, () -> catalogue.module("CACHE03"), "not cached: 503");
        } finally {
            server.removeStub(downRevision);
            server.removeStub(downModule);
            server.removeStub(downOther);
        }
    }
}
