package org.iwtraining.catalogue.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.catalogue.courses.CourseService.CourseDraft;

@Schema(description = "A course: modules in delivery order. overrideReason accepts a course that breaks the seed's rules.")
public record CourseRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Schema(examples = "CAF") String process,
        @NotEmpty @Size(max = 20) List<@NotBlank String> audiences,
        @NotEmpty @Size(max = 100) List<@NotBlank String> modules,
        @Size(max = 2000) String overrideReason) {

    public CourseDraft draft() {
        return new CourseDraft(title, process, audiences, modules, overrideReason);
    }
}
