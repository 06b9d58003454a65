package org.iwtraining.booking;

import org.iwtraining.conventions.testing.ServiceShapeRules;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** booking-service keeps the suite's shape (ARCHITECTURE.md): plain ArchUnit over the main classes, no Quarkus boot. */
@AnalyzeClasses(packages = "org.iwtraining.booking", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "org.iwtraining.booking";

    @ArchTest
    static final ArchRule servicesDoNotSeeRest = ServiceShapeRules.servicesDoNotSeeRest(BASE);

    @ArchTest
    static final ArchRule servicesDoNotSpeakHttp = ServiceShapeRules.servicesDoNotSpeakHttp(BASE);

    @ArchTest
    static final ArchRule entitiesImportNothingAbove = ServiceShapeRules.entitiesImportNothingAbove(BASE);

    @ArchTest
    static final ArchRule topLevelPackagesFreeOfCycles = ServiceShapeRules.topLevelPackagesFreeOfCycles(BASE);
}
