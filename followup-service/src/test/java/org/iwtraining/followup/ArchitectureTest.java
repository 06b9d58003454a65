package org.iwtraining.followup;

import org.iwtraining.conventions.testing.ServiceShapeRules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The suite's one service shape (ARCHITECTURE.md), checked on this service's main classes. */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String BASE = "org.iwtraining.followup";

    @ArchTest
    static final ArchRule servicesDoNotSeeRest = ServiceShapeRules.servicesDoNotSeeRest(BASE);

    @ArchTest
    static final ArchRule servicesDoNotSpeakHttp = ServiceShapeRules.servicesDoNotSpeakHttp(BASE);

    @ArchTest
    static final ArchRule entitiesImportNothingAbove = ServiceShapeRules.entitiesImportNothingAbove(BASE);

    @ArchTest
    static final ArchRule topLevelPackagesFreeOfCycles = ServiceShapeRules.topLevelPackagesFreeOfCycles(BASE);
}
