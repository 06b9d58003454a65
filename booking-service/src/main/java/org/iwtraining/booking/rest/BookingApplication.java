package org.iwtraining.booking.rest;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API as a whole, for its OpenAPI document: every operation needs a bearer token (an OIDC access token, a
 * JWT) from the authority's identity provider, and each operation's description names the roles that may call it
 * (docs/access-matrix.md). The scheme is declared here, not derived by {@code auto-add-security}, which would
 * document responses this service does not give.
 */
@OpenAPIDefinition(
        info = @Info(title = "IW Training Suite — booking-service", version = "1.0.0"),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = BookingApplication.BEARER,
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                description = "An OIDC access token from the authority's identity provider, audience iw-training; "
                        + "roles in its roles (or groups) claim, an agency lead's agency code in its agency claim")),
        security = @SecurityRequirement(name = BookingApplication.BEARER))
public class BookingApplication extends Application {

    /** The name of the security scheme every operation requires. */
    public static final String BEARER = "bearerAuth";
}
