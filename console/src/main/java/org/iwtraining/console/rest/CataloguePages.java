package org.iwtraining.console.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.iwtraining.console.catalogue.Catalogue;
import org.iwtraining.console.client.CatalogueData;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The catalogue (everyone): modules by process, the Appendix 1 plan, each audience's route. */
@Path("/catalogue")
@Produces(MediaType.TEXT_HTML)
public class CataloguePages {

    private final Catalogue catalogue;

    CataloguePages(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @CheckedTemplate(basePath = "catalogue")
    static class Templates {
        static native TemplateInstance modules(List<Catalogue.ProcessModules> processes);

        static native TemplateInstance plan(CatalogueData.Plan plan, List<CatalogueData.Audience> audiences);

        static native TemplateInstance route(Catalogue.RouteView route);
    }

    @GET
    public TemplateInstance modules() {
        return Templates.modules(catalogue.modulesByProcess());
    }

    @GET
    @Path("plan")
    public TemplateInstance plan() {
        return Templates.plan(catalogue.plan(), catalogue.audiences());
    }

    @GET
    @Path("routes/{audience}")
    public TemplateInstance route(@PathParam("audience") String audience) {
        return Templates.route(catalogue.route(audience));
    }
}
