package org.iwtraining.catalogue.snapshot;

import java.util.List;

import org.iwtraining.conventions.problem.ApiException;

/** Refs and audience codes a client sends must be known to the catalogue; a mistake names its field. */
public final class RequestChecks {

    private RequestChecks() {
    }

    /** @return the refs, or an empty list for null */
    public static List<String> refs(List<String> refs, String field, Catalogue current) {
        if (refs == null) {
            return List.of();
        }
        for (int i = 0; i < refs.size(); i++) {
            ref(refs.get(i), field + "[" + i + "]", current);
        }
        return refs;
    }

    public static void ref(String ref, String field, Catalogue current) {
        if (ref == null || ref.isBlank()) {
            throw ApiException.invalidField(field, "must be a module ref");
        }
        if (!current.hasModule(ref)) {
            throw ApiException.invalidField(field, "unknown module '" + ref + "'");
        }
    }

    public static String audience(String audience, String field, Catalogue current) {
        if (audience == null || audience.isBlank()) {
            throw ApiException.invalidField(field, "is required");
        }
        if (!current.hasAudience(audience)) {
            throw ApiException.invalidField(field, "unknown audience '" + audience + "'");
        }
        return audience;
    }
}
