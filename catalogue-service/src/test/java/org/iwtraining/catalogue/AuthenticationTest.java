package org.iwtraining.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.iwtraining.conventions.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Authentication as every service does it (the configuration and ProblemMappers are shared), checked once here:
 * a bearer token from the OIDC provider, verified by quarkus-oidc — signature, expiry, audience — or a 401
 * problem; a token without the needed role is a 403 problem. Health and the API documents need no token.
 */
@QuarkusTest
class AuthenticationTest {

    /** Only auditors pass the test profile's permission on this path (application.properties); it names no module. */
    /** Only auditors read the audit trail: the operation these tests refuse and allow by role. */
    private static final String AUDITORS_ONLY = "/audit";

    private static ValidatableResponse unauthorized(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("type", equalTo("https://iw-training.example/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void shouldRefuseARequestWithoutATokenWithAProblem() {
        unauthorized(Tokens.anonymous().get("/modules/IW03").then())
                .header("WWW-Authenticate", equalTo("Bearer"));
        // refused before the body is read
        unauthorized(Tokens.anonymous().contentType("application/json").body("{").post("/eligibility/batch").then());
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        invalid(Tokens.of("viewer").expired().bearer());
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() {
        invalid(Tokens.of("viewer").forged());
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        invalid(Tokens.of("viewer").audience("another-api").bearer());
    }

    @Test
    void shouldRefuseAnUnsignedToken() {
        invalid(Tokens.of("viewer").unsigned());
    }

    @Test
    void shouldRefuseWhatIsNoBearerToken() {
        invalid("Bearer not-a-jwt");
        unauthorized(Tokens.anonymous().header(Tokens.HEADER, "Basic dXNlcjpwYXNz").get("/modules/IW03").then());
    }

    private static void invalid(String authorization) {
        unauthorized(given().header(Tokens.HEADER, authorization).get("/modules/IW03").then())
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldAnswerAValidToken() {
        given().header(Tokens.HEADER, Tokens.bearer("viewer")).get("/modules/IW03").then()
                .statusCode(200).body("ref", equalTo("IW03"));
    }

    @Test
    void shouldAcceptATokenFromTheProvidersTokenEndpoint() {
        // the request scripts/token.sh makes: client credentials, roles comma-separated in one claim
        String token = Tokens.fromTokenEndpoint("hr-integration", "viewer,auditor");
        given().header(Tokens.HEADER, "Bearer " + token).get(AUDITORS_ONLY).then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseAValidTokenWithoutTheRoleWithAProblem() {
        given().header(Tokens.HEADER, Tokens.bearer("viewer", "coordinator")).get(AUDITORS_ONLY).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", equalTo("https://iw-training.example/problems/forbidden"));
        given().header(Tokens.HEADER, Tokens.bearer("auditor")).get(AUDITORS_ONLY).then()
                .statusCode(200);
    }

    @Test
    void shouldTakeRolesFromTheGroupsClaimToo() {
        given().header(Tokens.HEADER, Tokens.of("auditor").asGroups().bearer()).get(AUDITORS_ONLY).then().statusCode(200);
    }

    @Test
    void shouldRefuseAValidTokenHoldingNoRoleOfTheSuite() {
        given().header(Tokens.HEADER, Tokens.of().bearer()).get("/modules").then().statusCode(403)
                .contentType("application/problem+json");
        given().header(Tokens.HEADER, Tokens.bearer("someone-elses-role")).get("/modules").then().statusCode(403);
        given().header(Tokens.HEADER, Tokens.bearer("viewer")).get("/modules").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/ready", "/q/health/live", "/q/openapi", "/q/swagger-ui/" })
    void shouldServeHealthAndTheApiDocumentsWithoutAToken(String path) {
        Tokens.anonymous().get(path).then().statusCode(200);
    }

    @Test
    void shouldKeepMetricsBehindAToken() {
        Tokens.anonymous().get("/q/metrics").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        given().get("/q/metrics").then().statusCode(200);
    }
}
