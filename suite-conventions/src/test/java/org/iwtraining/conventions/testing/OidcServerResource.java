package org.iwtraining.conventions.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;

/**
 * The tests' OIDC provider ({@link OidcServer}) for a service under {@code @QuarkusTest}: the service verifies
 * every token against it exactly as against the authority's provider in production. Each service registers it
 * once, unrestricted, so every test class of the module boots with it; REST Assured requests then carry a
 * token with every role ({@link DefaultBearer}) unless they say otherwise ({@link Tokens}), and every response is
 * held to the service's served OpenAPI document ({@link ContractValidation}).
 */
public class OidcServerResource implements QuarkusTestResourceLifecycleManager {

    private static volatile OidcServer server;

    @Override
    public Map<String, String> start() {
        server = OidcServer.start();
        RestAssured.filters(new DefaultBearer(server.tokenWithEveryRole("test-suite")));
        if (ContractValidation.enabled()) {
            RestAssured.filters(new ContractValidation());
        }
        return Map.of("quarkus.oidc.auth-server-url", server.issuer());
    }

    static OidcServer server() {
        if (server == null) {
            throw new IllegalStateException("no test OIDC provider: register OidcServerResource for this module");
        }
        return server;
    }

    @Override
    public void stop() {
        RestAssured.replaceFiltersWith(
                RestAssured.filters().stream()
                        .filter(filter -> !(filter instanceof DefaultBearer || filter instanceof ContractValidation)).toList());
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
