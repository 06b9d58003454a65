package org.iwtraining.catalogue.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.catalogue.courses.CourseService.CheckDraft;

@Schema(description = "A module list to check against the course rules; nothing is stored. IW01 and the "
        + "introduction rules apply only with wholeCourse: true (then process is required).")
public record CourseCheckRequest(
        @NotEmpty @Size(max = 100) List<@NotBlank String> modules,
        @Schema(description = "The list is a whole course: IW01 and the process's introduction are required") Boolean wholeCourse,
        @Schema(examples = "CAF") String process,
        @Schema(description = "Who the course is for (decides what stands in place of an introduction); none means anyone")
        @Size(max = 20) List<@NotBlank String> audiences,
        @Schema(description = "The modules must be this course or a consecutive run of its modules in its order")
        @Size(max = 100) String courseId,
        @Schema(description = "Minutes of each part the modules are delivered in; their minimum minutes must fit")
        @Size(max = 20) List<@NotNull @Min(0) @Max(100000) Integer> partMinutes) {

    public CheckDraft draft() {
        return new CheckDraft(modules, Boolean.TRUE.equals(wholeCourse), process, audiences, courseId, partMinutes);
    }
}
