package org.iwtraining.conventions.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OIDC provider for tests (discovery, JWKS, token endpoint): mock-oauth2-server embedded on a free port
 * of 127.0.0.1, configured by the same {@code scripts/dev-oidc/oidc.json} as the local provider of
 * {@code scripts/dev-oidc.sh}, so a client-credentials request gets the same claims here as there. Nothing of
 * Quarkus: the e2e tests, whose services run as processes, use it as well.
 */
public final class OidcServer implements AutoCloseable {

    /** The issuer id, the last segment of the issuer URL, as in {@code http://127.0.0.1:8090/iw}. */
    public static final String ISSUER_ID = "iw";
    /** The one audience every token of the suite carries (OIDC_AUDIENCE's default). */
    public static final String AUDIENCE = "iw-training";
    /** Every role of the suite (DESIGN.md's security row). */
    public static final List<String> EVERY_ROLE = List.of("catalogue-editor", "coordinator", "agency-lead", "caller",
            "hr-system", "auditor", "viewer", "service");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final MockOAuth2Server server;

    private OidcServer(MockOAuth2Server server) {
        this.server = server;
    }

    public static OidcServer start() {
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(configuration()));
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the test OIDC provider did not start", e);
        }
        return new OidcServer(server);
    }

    private static String configuration() {
        try (InputStream in = OidcServer.class.getResourceAsStream("oidc.json")) {
            if (in == null) {
                throw new IllegalStateException("oidc.json (scripts/dev-oidc) is missing from the test-jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer URL: what {@code OIDC_AUTH_SERVER_URL} (quarkus.oidc.auth-server-url) is set to. */
    public String issuer() {
        String url = server.issuerUrl(ISSUER_ID).toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A signed access token minted directly by the provider, with the given claims. */
    public String sign(String subject, String audience, Map<String, Object> claims, Duration lifetime) {
        return server.issueToken(ISSUER_ID, subject, audience, claims, lifetime.toSeconds()).serialize();
    }

    /** A signed access token with every role of the suite, for a caller standing in for "anyone allowed". */
    public String tokenWithEveryRole(String subject) {
        return sign(subject, AUDIENCE, Map.of("roles", EVERY_ROLE), Duration.ofHours(12));
    }

    /**
     * An access token from the provider's token endpoint, as a client gets one (client credentials;
     * {@code roles} comma-separated and {@code agency} become claims through oidc.json's request mappings),
     * the same request {@code scripts/token.sh} makes.
     */
    public String clientCredentials(String clientId, String roles, String agency) {
        Map<String, String> form = new HashMap<>(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", "unused-by-the-test-provider", "roles", roles));
        if (agency != null) {
            form.put("agency", agency);
        }
        String body = String.join("&", form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
