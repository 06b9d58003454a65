package org.iwtraining.console.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.console.client.CatalogueClient;
import org.iwtraining.console.client.CatalogueData;

/** The catalogue pages' content, read from catalogue-service and put in words. */
@ApplicationScoped
public class Catalogue {

    private final CatalogueClient catalogue;

    Catalogue(CatalogueClient catalogue) {
        this.catalogue = catalogue;
    }

    /** Every module, grouped by process in the catalogue's order of processes. */
    public List<ProcessModules> modulesByProcess() {
        Map<String, String> audienceNames = audienceNames();
        Map<String, List<ModuleLine>> byProcess = catalogue.modules().stream()
                .map(module -> ModuleLine.from(module, audienceNames))
                .collect(Collectors.groupingBy(ModuleLine::process, LinkedHashMap::new, Collectors.toList()));
        return catalogue.processes().stream()
                .filter(process -> byProcess.containsKey(process.code()))
                .map(process -> new ProcessModules(process.code(), process.name(), byProcess.get(process.code())))
                .toList();
    }

    /** The Appendix 1 plan: a row per audience, a cell per process. */
    public CatalogueData.Plan plan() {
        return catalogue.plan();
    }

    /** The processes, for a filter's choices. */
    public List<Option> processOptions() {
        return catalogue.processes().stream().map(p -> new Option(p.code(), p.name() + " (" + p.code() + ")")).toList();
    }

    public List<CatalogueData.Audience> audiences() {
        return catalogue.audiences();
    }

    /** An audience's suggested route with each step's duration in words. */
    public RouteView route(String audience) {
        CatalogueData.Route route = catalogue.route(audience);
        String name = audienceNames().getOrDefault(route.audience(), route.audience());
        List<RouteView.Step> steps = route.modules().stream()
                .map(step -> new RouteView.Step(step.ref(), step.name(),
                        Durations.of(step.minMinutes(), step.maxMinutes(), null, null), step.inPlan(),
                        step.requires() == null ? List.of() : step.requires()))
                .toList();
        return new RouteView(route.audience(), name, steps,
                Durations.of(route.minMinutes(), route.maxMinutes(), null, null),
                route.modulesWithoutDuration() == null ? List.of() : route.modulesWithoutDuration());
    }

    Map<String, String> audienceNames() {
        return catalogue.audiences().stream()
                .collect(Collectors.toMap(CatalogueData.Audience::code, CatalogueData.Audience::name, (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** One choice of a select: the value sent and what the person reads. */
    public record Option(String value, String label) {
    }

    public record ProcessModules(String code, String name, List<ModuleLine> modules) {
    }

    public record ModuleLine(String ref, String name, String process, String status, String prerequisite,
            String duration, List<String> audiences, boolean trainTheTrainer) {

        static ModuleLine from(CatalogueData.Module module, Map<String, String> audienceNames) {
            Function<String, String> named = code -> audienceNames.getOrDefault(code, code);
            List<String> audiences = module.audiences() == null ? List.of() : module.audiences().stream().map(named).toList();
            return new ModuleLine(module.ref(), module.name(), module.process(), module.status(),
                    PrerequisiteWording.of(module.prerequisite()),
                    Durations.of(module.minMinutes(), module.maxMinutes(), module.parts(), module.optionalExtra()),
                    audiences, module.trainTheTrainer());
        }

        public boolean pending() {
            return "DEFINITION_PENDING".equals(status);
        }
    }

    public record RouteView(String audience, String audienceName, List<Step> steps, String total,
            List<String> withoutDuration) {

        public record Step(String ref, String name, String duration, boolean inPlan, List<String> requires) {
        }
    }
}
