package org.iwtraining.catalogue.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.catalogue.reference.ReferenceService;
import org.iwtraining.catalogue.rest.ReferenceViews.AudienceView;
import org.iwtraining.catalogue.rest.ReferenceViews.CommonMessageView;
import org.iwtraining.catalogue.rest.ReferenceViews.CourseTemplateStepView;
import org.iwtraining.catalogue.rest.ReferenceViews.MaterialKindView;
import org.iwtraining.catalogue.rest.ReferenceViews.ProcessView;
import org.iwtraining.catalogue.rest.ReferenceViews.RevisionView;
import org.iwtraining.catalogue.rest.ReferenceViews.SourceView;
import org.iwtraining.catalogue.snapshot.CatalogueService;
import org.iwtraining.conventions.paging.Page;

import io.quarkus.security.Authenticated;

/** The seed's fixed lists. Each fits one page, so {@code next} is always null. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference", description = "Processes, audiences and the seed's fixed lists")
@Authenticated
public class ReferenceResource {

    private final CatalogueService catalogue;
    private final ReferenceService reference;

    public ReferenceResource(CatalogueService catalogue, ReferenceService reference) {
        this.catalogue = catalogue;
        this.reference = reference;
    }

    @GET
    @Path("revision")
    @Operation(operationId = "getRevision",
            summary = "The catalogue's revision; it changes with any module, prerequisite or plan change",
            description = "Roles: all (every role of the suite).")
    public RevisionView revision() {
        return new RevisionView(catalogue.revision());
    }

    @GET
    @Path("processes")
    @Operation(operationId = "listProcesses", summary = "The five processes and tools, in the plan's column order",
            description = "Roles: all (every role of the suite).")
    public Page<ProcessView> processes() {
        return Page.last(catalogue.current().processes().stream().map(ProcessView::from).toList());
    }

    @GET
    @Path("audiences")
    @Operation(operationId = "listAudiences", summary = "The audiences (Appendix 1 rows), in the plan's row order",
            description = "Roles: all (every role of the suite).")
    public Page<AudienceView> audiences() {
        return Page.last(catalogue.current().audiences().stream().map(AudienceView::from).toList());
    }

    @GET
    @Path("common-messages")
    @Operation(operationId = "listCommonMessages", summary = "The common messages every course includes (seed 3.2)",
            description = "Roles: all (every role of the suite).")
    public Page<CommonMessageView> commonMessages() {
        return Page.last(reference.commonMessages().stream().map(CommonMessageView::from).toList());
    }

    @GET
    @Path("course-template")
    @Operation(operationId = "listCourseTemplateSteps", summary = "The standard course content, in order (seed 2.6)",
            description = "Roles: all (every role of the suite).")
    public Page<CourseTemplateStepView> courseTemplate() {
        return Page.last(reference.courseTemplate().stream().map(CourseTemplateStepView::from).toList());
    }

    @GET
    @Path("material-kinds")
    @Operation(operationId = "listMaterialKinds",
            summary = "The kinds of material developed for each core course (seed 3.1)",
            description = "Roles: all (every role of the suite).")
    public Page<MaterialKindView> materialKinds() {
        return Page.last(reference.materialKinds().stream().map(MaterialKindView::from).toList());
    }

    @GET
    @Path("sources")
    @Operation(operationId = "listSources", summary = "Key sources of information (seed Appendix 3)",
            description = "Roles: all (every role of the suite).")
    public Page<SourceView> sources() {
        return Page.last(reference.sources().stream().map(SourceView::from).toList());
    }
}
