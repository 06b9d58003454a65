package org.iwtraining.catalogue.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.catalogue.TrainingModule;
import org.iwtraining.catalogue.service.Catalogue;
import org.iwtraining.catalogue.service.CatalogueService;
import org.iwtraining.catalogue.service.ModuleFilter;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.ApiException;

@Path("/modules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Modules", description = "The training modules of the catalogue")
public class ModuleResource {

    private final CatalogueService catalogue;

    public ModuleResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "List modules in catalogue order", description = "The ETag is the catalogue revision; "
            + "send it back as If-None-Match to get 304 while nothing has changed. The audience filter matches "
            + "intended and optional audiences.")
    @APIResponse(responseCode = "200", description = "A page of modules")
    @APIResponse(responseCode = "304", description = "The catalogue has not changed since that ETag")
    @APIResponse(responseCode = "400", description = "Unknown filter value, bad limit or cursor")
    public Response list(@QueryParam("process") String process, @QueryParam("audience") String audience,
            @QueryParam("trainTheTrainer") String trainTheTrainer, @QueryParam("status") String status,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PageRequest page = PageRequest.of(limit, cursor);
        Catalogue current = catalogue.current();
        String etag = "\"" + current.revision() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            return Response.notModified(Preconditions.etag(current.revision())).build();
        }
        Page<ModuleView> body = page.page(
                catalogue.modules(new ModuleFilter(process, audience, flag("trainTheTrainer", trainTheTrainer), status), page),
                m -> CatalogueService.sortKey(current, m), ModuleView::from);
        return Response.ok(body).tag(Preconditions.etag(current.revision())).build();
    }

    /** JAX-RS reads any word but "true" as false; a filter must refuse what it does not understand. */
    private static Boolean flag(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiException.invalidField(name, "must be true or false");
        }
        return Boolean.valueOf(value);
    }

    @GET
    @Path("{ref}")
    @Operation(summary = "One module; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The module")
    @APIResponse(responseCode = "404", description = "No module has that ref")
    public Response get(@PathParam("ref") String ref) {
        TrainingModule module = catalogue.current().module(ref)
                .orElseThrow(() -> ApiException.notFound("Module", ref));
        return Response.ok(ModuleView.from(module)).tag(Preconditions.etag(module.version)).build();
    }
}
