package org.iwtraining.catalogue.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.catalogue.routes.RouteService.NextStep;
import org.iwtraining.catalogue.routes.RouteService.NextSteps;

/** The route's modules not yet had, in order; {@code open} says whether each could be taken now. */
public record NextStepsView(String audience, List<StepView> modules, int minMinutes, int maxMinutes,
        List<String> modulesWithoutDuration, String revision) {

    @Schema(name = "NextStep")
    public record StepView(String ref, String name, Integer minMinutes, Integer maxMinutes, boolean open,
            List<List<String>> missing) {
        static StepView from(NextStep step) {
            return new StepView(step.module().ref, step.module().name, step.module().minMinutes,
                    step.module().maxMinutes, step.answer().eligible(), step.answer().missing());
        }
    }

    public static NextStepsView from(NextSteps next) {
        return new NextStepsView(next.audience(), next.steps().stream().map(StepView::from).toList(),
                next.remaining().minMinutes(), next.remaining().maxMinutes(), next.remaining().modulesWithoutDuration(),
                next.revision());
    }
}
