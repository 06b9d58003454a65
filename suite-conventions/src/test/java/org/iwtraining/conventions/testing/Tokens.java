package org.iwtraining.conventions.testing;

import static io.restassured.RestAssured.given;

import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import io.restassured.specification.RequestSpecification;

/**
 * Access tokens minted by the tests' real OIDC provider ({@link OidcServerResource}), checked by the service
 * through the same quarkus-oidc verification as in production:
 * {@code given().header("Authorization", Tokens.bearer("coordinator"))},
 * {@code Tokens.of("agency-lead").agency("NHS-NORTH").subject("lead-1").bearer()}, and the broken kinds a
 * service must refuse ({@code expired()}, {@code audience("other")}, {@code forged()}, {@code unsigned()}).
 */
public final class Tokens {

    public static final String HEADER = "Authorization";

    private final List<String> roles;
    private final String rolesClaim;
    private final String subject;
    private final String agency;
    private final String audience;
    private final Duration lifetime;

    private Tokens(List<String> roles, String rolesClaim, String subject, String agency, String audience,
            Duration lifetime) {
        this.roles = roles;
        this.rolesClaim = rolesClaim;
        this.subject = subject;
        this.agency = agency;
        this.audience = audience;
        this.lifetime = lifetime;
    }

    /** A token holding these roles (none: a valid token without any role), subject {@code test-user}, valid 1 h. */
    public static Tokens of(String... roles) {
        return new Tokens(List.of(roles), "roles", "test-user", null, OidcServer.AUDIENCE, Duration.ofHours(1));
    }

    /** {@code "Bearer <token>"} for these roles: the value of an Authorization header. */
    public static String bearer(String... roles) {
        return of(roles).bearer();
    }

    /**
     * A token as a client gets it from the provider's token endpoint (client credentials, {@code roles}
     * comma-separated), the request {@code scripts/token.sh} makes.
     */
    public static String fromTokenEndpoint(String clientId, String roles) {
        return OidcServerResource.server().clientCredentials(clientId, roles, null);
    }

    /**
     * A request without the token every test request carries by default ({@link OidcServerResource}), for the
     * tests of what a service answers to no token or to a token of their own.
     */
    public static RequestSpecification anonymous() {
        return given().noFiltersOfType(DefaultBearer.class);
    }

    public Tokens subject(String subject) {
        return new Tokens(roles, rolesClaim, subject, agency, audience, lifetime);
    }

    /** The {@code agency} claim an agency lead's token carries. */
    public Tokens agency(String agency) {
        return new Tokens(roles, rolesClaim, subject, agency, audience, lifetime);
    }

    public Tokens audience(String audience) {
        return new Tokens(roles, rolesClaim, subject, agency, audience, lifetime);
    }

    /** The roles in a {@code groups} claim, where some providers put them, instead of {@code roles}. */
    public Tokens asGroups() {
        return new Tokens(roles, "groups", subject, agency, audience, lifetime);
    }

    /** Expired ten minutes ago: well past any clock-skew allowance. */
    public Tokens expired() {
        return new Tokens(roles, rolesClaim, subject, agency, audience, Duration.ofMinutes(-10));
    }

    /** The signed JWT. */
    public String jwt() {
        Map<String, Object> claims = new HashMap<>();
        claims.put(rolesClaim, roles);
        if (agency != null) {
            claims.put("agency", agency);
        }
        return OidcServerResource.server().sign(subject, audience, claims, lifetime);
    }

    public String bearer() {
        return "Bearer " + jwt();
    }

    /** The same header and claims, signed by a key that is not the provider's (under the provider's key id). */
    public String forged() {
        try {
            SignedJWT genuine = SignedJWT.parse(jwt());
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(genuine.getHeader().getKeyID()).build();
            SignedJWT forged = new SignedJWT(header, genuine.getJWTClaimsSet());
            forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
            return "Bearer " + forged.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims with {@code alg: none} and no signature. */
    public String unsigned() {
        try {
            return "Bearer " + new PlainJWT(SignedJWT.parse(jwt()).getJWTClaimsSet()).serialize();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
