package org.iwtraining.followup;

import org.iwtraining.conventions.testing.OidcServerResource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test of this module runs against a real OIDC provider: a global test resource applies to each
 * {@code @QuarkusTest} class, wherever it is declared, so the module still boots once.
 */
@WithTestResource(value = OidcServerResource.class, scope = TestResourceScope.GLOBAL)
final class TestOidcProvider {

    private TestOidcProvider() {
    }
}
