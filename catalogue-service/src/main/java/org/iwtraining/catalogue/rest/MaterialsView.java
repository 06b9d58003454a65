package org.iwtraining.catalogue.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.catalogue.Material;

/** A module's materials; {@code version} is also the ETag an If-Match on the next PUT may name. */
public record MaterialsView(String module, List<Item> materials, long version) {

    @Schema(name = "Material")
    public record Item(String kind, String title, String url, String version, String localAuthority) {
        static Item from(Material m) {
            return new Item(m.kind, m.title, m.url, m.version, m.localAuthority);
        }
    }

    public static MaterialsView from(String module, List<Material> materials, long version) {
        return new MaterialsView(module, materials.stream().map(Item::from).toList(), version);
    }
}
