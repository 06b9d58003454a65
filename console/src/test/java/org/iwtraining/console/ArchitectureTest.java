package org.iwtraining.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The console's shape, as the services': page resources in rest/ on top; the wings (one per area of pages) hold the
 * view models and the logic and never see rest/ or JAX-RS; client/ is the only way to a service.
 */
@AnalyzeClasses(packages = "org.iwtraining.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "org.iwtraining.console";

    @ArchTest
    static final ArchRule wingsDoNotSeeRest = noClasses().that().resideInAPackage(BASE + "..")
            .and().resideOutsideOfPackage(BASE + ".rest..")
            .should().dependOnClassesThat().resideInAPackage(BASE + ".rest..");

    @ArchTest
    static final ArchRule wingsDoNotSpeakHttp = noClasses().that().resideInAPackage(BASE + "..")
            .and().resideOutsideOfPackages(BASE + ".rest..", BASE + ".client..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy.reactive..");

    @ArchTest
    static final ArchRule topLevelPackagesFreeOfCycles = slices().matching(BASE + ".(*)..").should().beFreeOfCycles();
}
