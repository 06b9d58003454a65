package org.iwtraining.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.ParseException;
import java.util.List;

import jakarta.inject.Inject;

import org.iwtraining.booking.client.CatalogueClient;
import org.iwtraining.booking.client.FollowupClient;
import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * booking-service calls catalogue-service and followup-service with a client-credentials token of its own from
 * the suite's OIDC provider (role {@code service}, audience {@code iw-training}), never with its caller's.
 */
@QuarkusTest
@QuarkusTestResource(ExternalServicesStub.class)
class ServiceTokenTest {

    @Inject
    CatalogueClient catalogue;

    @Inject
    FollowupClient followup;

    private final WireMockServer server = ExternalServicesStub.server();

    @Test
    void shouldCallTheCatalogueWithItsOwnServiceToken() throws ParseException {
        CatalogueStub.module("TOKEN01", "IW", "ACTIVE", false, false, false);
        assertTrue(catalogue.module("TOKEN01").isPresent());

        String authorization = lastAuthorization(server.findAll(getRequestedFor(urlEqualTo("/modules/TOKEN01"))));
        assertServiceToken(authorization);
        // and it is a token the suite's services accept (not 401), though its one role, service, opens none of
        // booking-service's own operations (docs/access-matrix.md): 403
        given().header(Tokens.HEADER, authorization).get("/agencies").then().statusCode(403);
    }

    @Test
    void shouldCallFollowupWithItsOwnServiceToken() throws ParseException {
        followup.personEvent(new ObjectMapper().createObjectNode().put("personId", "token-test").put("kind", "LEFT"));

        assertServiceToken(lastAuthorization(server.findAll(postRequestedFor(urlEqualTo("/person-events")))));
    }

    private static String lastAuthorization(List<LoggedRequest> requests) {
        assertTrue(!requests.isEmpty(), "no call reached the stub");
        return requests.get(requests.size() - 1).getHeader(Tokens.HEADER);
    }

    private static void assertServiceToken(String authorization) throws ParseException {
        assertTrue(authorization != null && authorization.startsWith("Bearer "), "no bearer token: " + authorization);
        JWTClaimsSet claims = SignedJWT.parse(authorization.substring("Bearer ".length())).getJWTClaimsSet();
        assertEquals("booking-service", claims.getSubject());
        assertEquals(List.of("iw-training"), claims.getAudience());
        assertEquals(List.of("service"), claims.getStringListClaim("roles"));
    }
}
