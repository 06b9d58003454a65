package org.iwtraining.catalogue.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.catalogue.modules.MaterialDraft;

@Schema(description = "The module's whole list of materials (replaces the previous one; [] removes all)")
public record MaterialsRequest(@NotNull @Size(max = 100) List<@Valid @NotNull Item> materials) {

    @Schema(name = "MaterialRequest", description = "kind is a code of GET /material-kinds; localAuthority is "
            + "the local authority the material was localised for, null for the core version")
    public record Item(
            @NotBlank @Schema(examples = "TRAINER_GUIDE") String kind,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 2000) String url,
            @Size(max = 60) String version,
            @Size(max = 200) String localAuthority) {
    }

    public List<MaterialDraft> drafts() {
        return materials.stream().map(i -> new MaterialDraft(i.kind(), i.title(), i.url(), i.version(),
                i.localAuthority())).toList();
    }
}
