package org.iwtraining.catalogue.snapshot;

import java.util.List;

import org.iwtraining.conventions.problem.DomainException;

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
            throw DomainException.invalid(field, "must be a module ref");
        }
        if (!current.hasModule(ref)) {
            throw DomainException.invalid(field, "unknown module '" + ref + "'");
        }
    }

    public static String audience(String audience, String field, Catalogue current) {
        if (audience == null || audience.isBlank()) {
            throw DomainException.invalid(field, "is required");
        }
        if (!current.hasAudience(audience)) {
            throw DomainException.invalid(field, "unknown audience '" + audience + "'");
        }
        return audience;
    }
}
