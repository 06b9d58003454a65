package org.iwtraining.followup.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.followup.stats.Funnel;

/** The cascade funnel (trained, first call made, cascading, reach) overall, by module and by the trainer's agency. */
public record FunnelView(Steps overall, List<ModuleSteps> byModule, List<AgencySteps> byAgency) {

    public static FunnelView from(Funnel funnel) {
        return new FunnelView(Steps.from(funnel.overall()),
                funnel.byModule().entrySet().stream().map(e -> new ModuleSteps(e.getKey(), Steps.from(e.getValue())))
                        .toList(),
                funnel.byAgency().entrySet().stream().map(e -> new AgencySteps(e.getKey(), Steps.from(e.getValue())))
                        .toList());
    }

    public record Steps(
            @Schema(description = "Cases opened by a train-the-trainer completion (withdrawn completions left out)") long trained,
            @Schema(description = "Of those, cases whose first call was made") long firstCallMade,
            @Schema(description = "Of those, cases whose cascade started or was detected") long cascading,
            @Schema(description = "Colleagues trained by those cascades") long reach) {

        static Steps from(Funnel.Steps s) {
            return new Steps(s.trained(), s.firstCallMade(), s.cascading(), s.reach());
        }
    }

    public record ModuleSteps(String moduleRef, Steps steps) {
    }

    public record AgencySteps(String agencyCode, Steps steps) {
    }
}
