package org.iwtraining.catalogue.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.catalogue.TrainingModule;
import org.iwtraining.catalogue.modules.ModuleFilter;
import org.iwtraining.catalogue.modules.ModuleService;
import org.iwtraining.catalogue.snapshot.Catalogue;
import org.iwtraining.catalogue.snapshot.CatalogueService;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

import io.quarkus.security.Authenticated;

@Path("/modules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Modules", description = "The training modules of the catalogue")
@Authenticated
public class ModuleResource {

    private final CatalogueService catalogue;
    private final ModuleService modules;

    public ModuleResource(CatalogueService catalogue, ModuleService modules) {
        this.catalogue = catalogue;
        this.modules = modules;
    }

    @GET
    @Operation(operationId = "listModules",
            summary = "List modules in catalogue order", description = "The ETag is the catalogue revision; "
            + "send it back as If-None-Match to get 304 while nothing has changed. The audience filter matches "
            + "intended and optional audiences, and the modules the audience's Appendix 1 plan row holds "
            + "(TRAINER gets IW02; the modules' own audiences are unchanged).")
    @APIResponse(responseCode = "200", description = "A page of modules", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "304", description = "The catalogue has not changed since that ETag")
    @APIResponse(responseCode = "400", description = "Unknown filter value, bad limit or cursor")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING))
    public RestResponse<Page<ModuleView>> list(@QueryParam("process") String process,
            @QueryParam("audience") String audience,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("trainTheTrainer") String trainTheTrainer,
            @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @Context Request request) {
        PageRequest page = QueryParams.page(limit, cursor);
        Catalogue current = catalogue.current();
        EntityTag etag = Preconditions.etag(current.revision());
        if (request.evaluatePreconditions(etag) != null) {
            return ResponseBuilder.<Page<ModuleView>>notModified(etag).build();
        }
        ModuleFilter filter = new ModuleFilter(process, audience, QueryParams.bool("trainTheTrainer", trainTheTrainer),
                status);
        return ResponseBuilder.ok(modules.list(current, filter, page).map(ModuleView::from)).tag(etag).build();
    }

    @GET
    @Path("{ref}")
    @Operation(operationId = "getModule", summary = "One module; its ETag is its version",
            description = "Roles: all (every role of the suite).")
    @APIResponse(responseCode = "200", description = "The module", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    @APIResponse(responseCode = "404", description = "No module has that ref")
    public RestResponse<ModuleView> get(@PathParam("ref") String ref) {
        TrainingModule module = catalogue.current().module(ref)
                .orElseThrow(() -> ApiException.notFound("Module", ref));
        return ResponseBuilder.ok(ModuleView.from(module)).tag(Preconditions.etag(module.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createModule", summary = "Add a module to the catalogue (catalogue editors)",
            description = "Roles: catalogue-editor.")
    @APIResponse(responseCode = "201", headers = @Header(name = "ETag", ref = "ETag"),
            description = "Created; the catalogue revision changes",
            content = @Content(schema = @Schema(implementation = ModuleView.class)))
    @APIResponse(responseCode = "400", description = "Bad field; a bad prerequisite names the character position "
            + "(unknown module, cycle, unreadable text)")
    @APIResponse(responseCode = "409", description = "A module with that ref exists (code MODULE_EXISTS)")
    @RolesAllowed(Roles.CATALOGUE_EDITOR)
    @Audited(kind = "module")
    public RestResponse<ModuleView> create(@Valid @NotNull ModuleRequest request) {
        TrainingModule module = modules.create(request.draft());
        return ResponseBuilder.<ModuleView>created(URI.create("/modules/" + module.ref)).tag(Preconditions.etag(module.version))
                .entity(ModuleView.from(module)).build();
    }

    @PUT
    @Path("{ref}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceModule",
            summary = "Replace a module (If-Match with its ETag required); retiring is status RETIRED",
            description = "Roles: catalogue-editor.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "Changed; version and catalogue revision increase")
    @APIResponse(responseCode = "400", description = "Bad field; a bad prerequisite names the character position")
    @APIResponse(responseCode = "404", description = "No module has that ref")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @RolesAllowed(Roles.CATALOGUE_EDITOR)
    @Audited(kind = "module", id = "ref")
    public RestResponse<ModuleView> update(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ModuleRequest request) {
        TrainingModule module = modules.update(ref, ifMatch, request.draft());
        return ResponseBuilder.ok(ModuleView.from(module)).tag(Preconditions.etag(module.version)).build();
    }

    @GET
    @Path("{ref}/materials")
    @Operation(operationId = "getModuleMaterials",
            summary = "A module's materials: outline, specification, training materials, trainer guide",
            description = "Roles: all (every role of the suite).")
    @APIResponse(responseCode = "200", description = "The materials; the ETag is their version", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    @APIResponse(responseCode = "404", description = "No module has that ref")
    public RestResponse<MaterialsView> materials(@PathParam("ref") String ref) {
        TrainingModule module = modules.find(ref).orElseThrow(() -> ApiException.notFound("Module", ref));
        return ResponseBuilder.ok(MaterialsView.from(ref, modules.materials(ref), module.materialsVersion))
                .tag(Preconditions.etag(module.materialsVersion)).build();
    }

    @PUT
    @Path("{ref}/materials")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceModuleMaterials",
            summary = "Replace a module's materials (If-Match honoured when sent)",
            description = "Roles: catalogue-editor.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            description = "The new list")
    @APIResponse(responseCode = "400", description = "Unknown kind, bad URL or missing field, named by field")
    @APIResponse(responseCode = "404", description = "No module has that ref")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @RolesAllowed(Roles.CATALOGUE_EDITOR)
    @Audited(kind = "materials", id = "ref")
    public RestResponse<MaterialsView> replaceMaterials(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MaterialsRequest request) {
        TrainingModule module = modules.replaceMaterials(ref, ifMatch, request.drafts());
        return ResponseBuilder.ok(MaterialsView.from(ref, modules.materials(ref), module.materialsVersion))
                .tag(Preconditions.etag(module.materialsVersion)).build();
    }
}
