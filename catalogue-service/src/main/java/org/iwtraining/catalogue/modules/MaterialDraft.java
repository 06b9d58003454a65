package org.iwtraining.catalogue.modules;

/** A link to one of a module's materials; {@code localAuthority} is null for the core version. */
public record MaterialDraft(String kind, String title, String url, String version, String localAuthority) {
}
