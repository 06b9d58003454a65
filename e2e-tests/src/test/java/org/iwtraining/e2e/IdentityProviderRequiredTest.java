package org.iwtraining.e2e;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A packaged service has no identity provider of its own to fall back to: started without
 * {@code OIDC_AUTH_SERVER_URL} it refuses to start, so a forgotten setting fails loudly instead of trusting a
 * local issuer.
 */
class IdentityProviderRequiredTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "catalogue-service, catalogue, CATALOGUE", "booking-service, booking, BOOKING",
            "followup-service, followup, FOLLOWUP" })
    void shouldRefuseToStartWithoutAnIdentityProvider(String module, String database, String prefix) {
        // the schema is migrated before the configuration is checked: give it a database of its own
        String name = database + Suite.DB_SUFFIX;
        Suite.recreateDatabases(name);
        int port = ServiceProcess.freePort();
        ServiceProcess service = new ServiceProcess(module, module + "-without-oidc", port, Map.of(
                prefix + "_PORT", Integer.toString(port),
                prefix + "_DB_URL", Suite.jdbcUrl(name),
                "DB_USER", Suite.DB_USER,
                "DB_PASSWORD", Suite.DB_PASSWORD,
                // set empty rather than left out, so a value in the environment running the tests cannot leak in
                "OIDC_AUTH_SERVER_URL", ""));

        IllegalStateException refused = assertThrows(IllegalStateException.class, service::start);
        assertTrue(refused.getMessage().contains("'quarkus.oidc.auth-server-url' property must be configured"),
                refused.getMessage());
    }
}
