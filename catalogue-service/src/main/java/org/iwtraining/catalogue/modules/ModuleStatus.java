package org.iwtraining.catalogue.modules;

import java.util.Arrays;
import java.util.List;

/** ACTIVE modules are defined; DEFINITION_PENDING ones may be used by name; RETIRED ones go in nothing new. */
public enum ModuleStatus {
    ACTIVE, DEFINITION_PENDING, RETIRED;

    public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();

    public static boolean isValid(String name) {
        return NAMES.contains(name);
    }
}
