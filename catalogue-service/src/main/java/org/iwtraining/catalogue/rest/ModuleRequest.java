package org.iwtraining.catalogue.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.catalogue.modules.ModuleDraft;

@Schema(description = "A whole module (PUT replaces every field). prerequisite is expression text such as "
        + "'IW02 OR (IS01 AND CAF01 AND LP01)'; it is stored in canonical form. status defaults to ACTIVE; "
        + "retiring a module is a PUT with status RETIRED.")
public record ModuleRequest(
        // a create without a ref, or with one not of this form, is refused: the document says so (a PUT takes the
        // path's ref, and refuses another)
        @Size(max = 16) @Schema(examples = "IW06", required = true, pattern = "^[A-Z]{1,8}[0-9]{1,4}$",
                description = "Upper-case letters then digits; on a PUT, the ref in the path") String ref,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Schema(examples = "IW") String process,
        @Schema(enumeration = { "ACTIVE", "DEFINITION_PENDING", "RETIRED" }) String status,
        @Size(max = 5000) String description,
        @Size(max = 2000) String intendedAudience,
        @Size(max = 20) List<@NotBlank String> audiences,
        @Size(max = 20) List<@NotBlank String> optionalFor,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> learningObjectives,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> content,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> deliveryMechanisms,
        @Min(1) @Max(10_000) Integer minMinutes,
        @Min(1) @Max(10_000) Integer maxMinutes,
        @Min(1) @Max(20) Integer parts,
        Boolean optionalExtra,
        @Size(max = 1000) String developmentResponsibility,
        Boolean trainTheTrainer,
        Boolean keepAudiencesApart,
        @Size(max = 50) List<@NotBlank String> standsInPlaceOf,
        @Size(max = 20) List<@NotBlank String> standsInPlaceFor,
        @Size(max = 2000) String prerequisite,
        @Size(max = 50) List<@NotBlank String> recommended,
        Boolean waivable) {

    public ModuleDraft draft() {
        return new ModuleDraft(ref, name, process, status, description, intendedAudience, audiences, optionalFor,
                learningObjectives, content, deliveryMechanisms, minMinutes, maxMinutes, parts, optionalExtra,
                developmentResponsibility, trainTheTrainer, keepAudiencesApart, standsInPlaceOf, standsInPlaceFor,
                prerequisite, recommended, waivable);
    }
}
