package org.iwtraining.conventions.testing;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * A service keeps the suite's shape ({@link ServiceShapeRules}, its ARCHITECTURE.md): plain ArchUnit over its
 * main classes, no Quarkus boot. A service's {@code ArchitectureTest} extends it, naming its base package.
 */
public abstract class ServiceShapeTest {

    private final String base;
    private JavaClasses classes;

    protected ServiceShapeTest(String base) {
        this.base = base;
    }

    private JavaClasses classes() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(base);
        }
        return classes;
    }

    @Test
    void servicesDoNotSeeRest() {
        ServiceShapeRules.servicesDoNotSeeRest(base).check(classes());
    }

    @Test
    void servicesDoNotSpeakHttp() {
        ServiceShapeRules.servicesDoNotSpeakHttp(base).check(classes());
    }

    @Test
    void entitiesImportNothingAbove() {
        ServiceShapeRules.entitiesImportNothingAbove(base).check(classes());
    }

    @Test
    void topLevelPackagesFreeOfCycles() {
        ServiceShapeRules.topLevelPackagesFreeOfCycles(base).check(classes());
    }

    @Test
    void resourcesDeclareWhatTheyProduce() {
        ServiceShapeRules.resourcesDeclareWhatTheyProduce(base).check(classes());
        ServiceShapeRules.resourcesDeclareWhatTheyProduce("org.iwtraining.conventions").check(
                new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("org.iwtraining.conventions"));
    }
}
