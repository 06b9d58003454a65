package org.iwtraining.console.config;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * GOV.UK Frontend's stylesheet asks for its fonts and images at {@code /assets/…} (the Design System's default
 * asset path): those requests are served from the webjar, through the web-dependency locator, so the version is
 * named only once, in the pom.
 */
public class Assets {

    void route(@Observes Router router) {
        router.get("/assets/*").handler(context -> context.reroute("/webjars/govuk-frontend/dist/govuk" + context.normalizedPath()));
    }
}
