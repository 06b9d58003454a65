package org.iwtraining.booking.rest;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The API as a whole, for its OpenAPI document. Its security (the bearerAuth scheme, required by every operation,
 * whose description names the roles that may call it: docs/access-matrix.md) is stated by suite-conventions'
 * {@code ContractConventions}, as for every service.
 */
@OpenAPIDefinition(info = @Info(title = "IW Training Suite — booking-service", version = "1.0.0"))
public class BookingApplication extends Application {
}
