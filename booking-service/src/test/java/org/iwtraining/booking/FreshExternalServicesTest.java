package org.iwtraining.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.client.CatalogueUnavailableException;
import org.junit.jupiter.api.RepeatedTest;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@link FreshExternalServices} at work: each repetition leaves a stub behind and the catalogue's circuit breaker
 * open (it stays open 5 s), and each starts with neither, so the second proves the reset of what the first left.
 */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class FreshExternalServicesTest {

    private static final String LEFT_BEHIND = "/modules/LEFT01";

    @Inject
    CatalogueClient catalogue;

    private final WireMockServer server = ExternalServicesStub.server();

    @RepeatedTest(2)
    void shouldStartWithTheStubsOfTheStartAndEveryBreakerClosed() {
        assertEquals(0, server.getAllServeEvents().size(), "the journal starts empty");
        assertTrue(server.getStubMappings().stream().noneMatch(stub -> LEFT_BEHIND.equals(stub.getRequest().getUrl())),
                "no stub left by an earlier test");
        assertTrue(catalogue.module(healthyModule()).isPresent(), "the module breaker is closed");

        server.stubFor(get(urlEqualTo(LEFT_BEHIND)).willReturn(okJson("{}")));
        for (int call = 0; call < 20; call++) {
            assertThrows(CatalogueUnavailableException.class, () -> catalogue.module("BROKEN1"));
        }
        assertThrows(CatalogueUnavailableException.class, () -> catalogue.module(healthyModule()), "the module breaker is open");
    }

    /** A module never asked before, so the answer comes from the stub and not from booking's cache. */
    private static String healthyModule() {
        String ref = Fixtures.unique("FRESH");
        CatalogueStub.module(ref, "IW", "ACTIVE", false, false, false);
        return ref;
    }
}
