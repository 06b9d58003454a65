package org.iwtraining.catalogue.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.catalogue.routes.RouteService.Route;
import org.iwtraining.catalogue.routes.RouteService.Step;

/**
 * An audience's suggested route. {@code inPlan} is false for a prerequisite the route added because the plan
 * lacks it; {@code requires} is the prerequisite branch taken. Totals are the known sum, and the modules
 * without a duration are listed.
 */
public record RouteView(String audience, List<StepView> modules, int minMinutes, int maxMinutes,
        List<String> modulesWithoutDuration, String revision) {

    @Schema(name = "RouteStep")
    public record StepView(String ref, String name, String process, Integer minMinutes, Integer maxMinutes,
            boolean inPlan, List<String> requires) {
        static StepView from(Step step) {
            return new StepView(step.module().ref, step.module().name, step.module().process, step.module().minMinutes,
                    step.module().maxMinutes, step.inPlan(), step.requires());
        }
    }

    public static RouteView from(Route route) {
        return new RouteView(route.audience(), route.steps().stream().map(StepView::from).toList(),
                route.duration().minMinutes(), route.duration().maxMinutes(), route.duration().modulesWithoutDuration(),
                route.revision());
    }
}
