package org.iwtraining.conventions.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.problem.Problem;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The one shape every service keeps (DESIGN.md, STYLE.md): entities on the ground floor of the service's base
 * package; feature packages (wings), {@code client} and {@code config} above them; {@code rest} on top. Each
 * service's {@code ArchitectureTest} ({@link ServiceShapeTest}) checks its own classes against these rules, so the shape stays true.
 */
public final class ServiceShapeRules {

    private ServiceShapeRules() {
    }

    /** Services, clients and entities never see the HTTP layer's types: {@code rest} is on top. */
    public static ArchRule servicesDoNotSeeRest(String base) {
        return noClasses().that().resideInAPackage(base + "..").and().resideOutsideOfPackage(base + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(base + ".rest..")
                .because("resources map requests to the wings' own commands; nothing below rest/ sees its types");
    }

    /**
     * The wings decide refusals by kind and code ({@code DomainException}); only rest/ (and a client, which is
     * HTTP) speaks statuses and JAX-RS types.
     */
    public static ArchRule servicesDoNotSpeakHttp(String base) {
        return noClasses().that().resideInAPackage(base + "..")
                .and().resideOutsideOfPackages(base + ".rest..", base + ".client..")
                .should().dependOnClassesThat(resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy.reactive..")
                        .or(assignableTo(ApiException.class)).or(equivalentTo(Problem.class)))
                .because("services throw DomainException (kind + code); the status is chosen in one place");
    }

    /** Entities (the base package itself) import nothing of the floors above them. */
    public static ArchRule entitiesImportNothingAbove(String base) {
        return noClasses().that().resideInAPackage(base)
                .should().dependOnClassesThat(resideInAPackage(base + "..").and(not(resideInAPackage(base))))
                .because("entities are the ground floor: wings, clients and rest build on them, never the reverse");
    }

    /** No two top-level packages (wings, rest, client, config, jobs) depend on each other both ways. */
    public static ArchRule topLevelPackagesFreeOfCycles(String base) {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * A resource class says what it produces ({@code @Produces(APPLICATION_JSON)}; an operation producing another
     * type overrides it). Without it Quarkus REST answers {@code Accept: text/csv} with a text writer's
     * {@code toString()} of the entity where the suite promises a 406.
     */
    public static ArchRule resourcesDeclareWhatTheyProduce(String base) {
        return classes().that().resideInAPackage(base + "..").and().areAnnotatedWith(Path.class)
                .should().beAnnotatedWith(Produces.class)
                .because("an Accept the operation cannot answer is a 406, never a Java toString() as text");
    }
}
