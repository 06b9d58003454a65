package org.iwtraining.console.layout;

import java.util.Set;

/**
 * The console's areas, in the order the navigation lists them, each with the roles that can use it (DESIGN.md's
 * security row, docs/access-matrix.md). Only the navigation reads this: what a person may actually see is decided
 * by the services, which refuse anyone else.
 */
public enum Area {
    CATALOGUE("Catalogue", "/catalogue", Set.of("catalogue-editor", "coordinator", "agency-lead", "caller", "hr-system",
            "auditor", "viewer", "service")),
    SESSIONS("Sessions", "/sessions", Set.of("coordinator", "agency-lead")),
    PEOPLE("People", "/people", Set.of("coordinator", "agency-lead"));

    private final String label;
    private final String path;
    private final Set<String> roles;

    Area(String label, String path, Set<String> roles) {
        this.label = label;
        this.path = path;
        this.roles = roles;
    }

    public String label() {
        return label;
    }

    public String path() {
        return path;
    }

    boolean usableWith(Set<String> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
