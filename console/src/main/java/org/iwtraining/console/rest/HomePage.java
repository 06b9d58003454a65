package org.iwtraining.console.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The start page after sign-in: the areas this person's roles can use (the navigation's). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate(basePath = "home")
    static class Templates {
        static native TemplateInstance index();

        static native TemplateInstance signedOut();
    }

    @GET
    public TemplateInstance index() {
        return Templates.index();
    }

    /** Where the provider sends a person back after sign-out (quarkus.oidc.logout.post-logout-path): no sign-in needed. */
    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
