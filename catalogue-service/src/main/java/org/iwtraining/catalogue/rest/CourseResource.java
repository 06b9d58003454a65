package org.iwtraining.catalogue.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iwtraining.catalogue.Course;
import org.iwtraining.catalogue.courses.CourseService;
import org.iwtraining.conventions.audit.Audited;
import org.iwtraining.conventions.http.Preconditions;
import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

import io.quarkus.security.Authenticated;

@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses", description = "Courses composed from modules, validated against the seed's rules")
@Authenticated
public class CourseResource {

    private final CourseService courses;

    public CourseResource(CourseService courses) {
        this.courses = courses;
    }

    @GET
    @Operation(operationId = "listCourses", summary = "List courses, oldest first",
            description = "Roles: all (every role of the suite).")
    @APIResponse(responseCode = "200", description = "A page of courses")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    public Page<CourseView> list(
            @Parameter(description = "Page size, 1 to 500 (default 50)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return courses.list(QueryParams.page(limit, cursor)).map(CourseView::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCourse", summary = "One course; its ETag is its version",
            description = "Roles: all (every role of the suite).")
    @APIResponse(responseCode = "200", description = "The course", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    @APIResponse(responseCode = "404", description = "No course has that id")
    public RestResponse<CourseView> get(@PathParam("id") String id) {
        Course course = courses.find(id).orElseThrow(() -> ApiException.notFound("Course", id));
        return ResponseBuilder.ok(CourseView.from(course)).tag(Preconditions.etag(course.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCourse",
            summary = "Create a course; its duration and entry requirements are computed",
            description = "Roles: catalogue-editor.")
    @APIResponse(responseCode = "201", headers = @Header(name = "ETag", ref = "ETag"),
            description = "Created",
            content = @Content(schema = @Schema(implementation = CourseView.class)))
    @APIResponse(responseCode = "400", description = "Unknown process, audience or module, or a duplicate, named by field")
    @APIResponse(responseCode = "422", description = "COURSE_RULES_BROKEN (violations lists each rule) without an "
            + "overrideReason, or MODULE_RETIRED")
    @RolesAllowed(Roles.CATALOGUE_EDITOR)
    @Audited(kind = "course")
    public RestResponse<CourseView> create(@Valid @NotNull CourseRequest request) {
        Course course = courses.create(request.draft());
        return ResponseBuilder.<CourseView>created(URI.create("/courses/" + course.id)).tag(Preconditions.etag(course.version))
                .entity(CourseView.from(course)).build();
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkCourse", summary = "Apply the course rules to a module list without storing anything",
            description = "Roles: all. The evaluator courses are created with: prerequisites in order (PREREQUISITE_ORDER; "
                    + "what no earlier module gives is entryRequirements), IW01 and the introduction only with "
                    + "wholeCourse: true, a consecutive run of courseId's modules (COURSE_SEQUENCE), the minimum "
                    + "minutes within partMinutes (DURATION_EXCEEDS_PARTS).")
    @APIResponse(responseCode = "200", description = "The rules broken (none when ok), entry requirements, duration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CourseCheckView.class)))
    @APIResponse(responseCode = "400", description = "Unknown module, process, audience or course, or a duplicate, named by field")
    public CourseCheckView check(@Valid @NotNull CourseCheckRequest request) {
        return CourseCheckView.from(courses.check(request.draft()));
    }
}
