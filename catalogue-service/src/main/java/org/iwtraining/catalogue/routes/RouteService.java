package org.iwtraining.catalogue.routes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.iwtraining.catalogue.TrainingModule;
import org.iwtraining.catalogue.modules.Duration;
import org.iwtraining.catalogue.prerequisites.PrerequisiteRules.Answer;
import org.iwtraining.catalogue.snapshot.Catalogue;
import org.iwtraining.catalogue.snapshot.CatalogueService;
import org.iwtraining.catalogue.snapshot.RequestChecks;
import org.iwtraining.conventions.problem.DomainException;

/** Suggested routes through the plan for an audience, and what comes next for one person. */
@ApplicationScoped
public class RouteService {

    /** One module of a route: {@code requires} is the prerequisite branch the route takes for it. */
    public record Step(TrainingModule module, boolean inPlan, List<String> requires) {
    }

    public record Route(String audience, List<Step> steps, Duration duration, String revision) {
    }

    public record NextStep(TrainingModule module, Answer answer) {
    }

    public record NextSteps(String audience, List<NextStep> steps, Duration remaining, String revision) {
    }

    private final CatalogueService catalogue;

    public RouteService(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    public Route route(String audience) {
        Catalogue current = catalogue.current();
        if (!current.hasAudience(audience)) {
            throw DomainException.notFound("Audience", audience);
        }
        return route(current, audience);
    }

    /**
     * The audience's plan modules in an order in which each module's prerequisite is met by the modules before it.
     * Prerequisite order wins; the plan's column order breaks ties; of a prerequisite's alternatives the branch
     * with the fewest modules outside the plan is taken; a prerequisite missing from the plan is added in front of
     * the module that needs it.
     */
    static Route route(Catalogue current, String audience) {
        Set<String> plan = new HashSet<>();
        current.plan(audience).forEach(cell -> plan.add(cell.moduleRef));
        Map<String, List<String>> requires = new LinkedHashMap<>();
        Set<String> visiting = new HashSet<>();
        for (var cell : current.plan(audience)) {
            include(cell.moduleRef, plan, requires, current, audience, visiting);
        }
        List<String> order = prerequisiteOrder(requires);
        List<Step> steps = order.stream()
                .map(ref -> new Step(current.module(ref).orElseThrow(), plan.contains(ref), requires.get(ref)))
                .toList();
        return new Route(audience, steps, Duration.of(steps.stream().map(Step::module).toList()), current.revision());
    }

    /** Adds a module after the prerequisites it needs that are neither in the plan nor already included. */
    private static void include(String ref, Set<String> plan, Map<String, List<String>> requires, Catalogue current,
            String audience, Set<String> visiting) {
        if (requires.containsKey(ref) || !visiting.add(ref)) {
            return;
        }
        List<String> branch = current.rules().alternatives(ref, audience).stream()
                .min(Comparator.comparingLong(alt -> alt.stream()
                        .filter(r -> !plan.contains(r) && !requires.containsKey(r)).count()))
                .orElse(List.of());
        for (String needed : branch) {
            if (!plan.contains(needed)) {
                include(needed, plan, requires, current, audience, visiting);
            }
        }
        requires.put(ref, branch);
    }

    /** A stable topological order: each time, the first module (in inclusion order) whose prerequisites are placed. */
    private static List<String> prerequisiteOrder(Map<String, List<String>> requires) {
        List<String> remaining = new ArrayList<>(requires.keySet());
        List<String> placed = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(ref -> requires.get(ref).stream().allMatch(r -> done.contains(r) || !requires.containsKey(r)))
                    .findFirst()
                    // Edits refuse cycles, so this only guards against looping on a catalogue that has one anyway.
                    .orElse(remaining.get(0));
            remaining.remove(next);
            placed.add(next);
            done.add(next);
        }
        return placed;
    }

    /** The route's modules the person has not had yet, in order, each with whether it is open now. */
    public NextSteps nextSteps(String audience, List<String> completed, List<String> waived) {
        Catalogue current = catalogue.current();
        RequestChecks.audience(audience, "audience", current);
        List<String> done = RequestChecks.refs(completed, "completed", current);
        List<String> lifted = RequestChecks.refs(waived, "waived", current);
        Route route = route(current, audience);
        Set<String> had = current.rules().had(done, audience);
        List<NextStep> steps = route.steps().stream()
                .filter(step -> !had.contains(step.module().ref))
                .map(step -> new NextStep(step.module(),
                        current.rules().check(List.of(step.module().ref), done, lifted, audience)))
                .toList();
        return new NextSteps(audience, steps, Duration.of(steps.stream().map(NextStep::module).toList()),
                current.revision());
    }
}
