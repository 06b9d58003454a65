package org.iwtraining.console.client;

import java.util.List;

/** catalogue-service's answers as the console reads them (members it does not show are left out). */
public final class CatalogueData {

    private CatalogueData() {
    }

    public record Module(String ref, String name, String process, String status, String description,
            List<String> audiences, List<String> optionalFor, Integer minMinutes, Integer maxMinutes, Integer parts,
            Boolean optionalExtra, String prerequisite, List<String> recommended, boolean trainTheTrainer,
            List<String> standsInPlaceOf) {
    }

    public record Process(String code, String name, String introModule) {
    }

    public record Audience(String code, String name, String description, String planRow) {
    }

    public record Plan(List<String> processes, List<PlanRow> rows) {
    }

    public record PlanRow(String planRow, String audience, List<PlanCell> cells) {
    }

    public record PlanCell(String process, List<String> modules) {
    }

    public record Route(String audience, Integer minMinutes, Integer maxMinutes, List<RouteStep> modules,
            List<String> modulesWithoutDuration) {
    }

    public record RouteStep(String ref, String name, String process, Integer minMinutes, Integer maxMinutes,
            boolean inPlan, List<String> requires) {
    }

    public record NextStepsQuestion(String audience, List<String> completed, List<String> waived) {
    }

    public record NextSteps(String audience, Integer minMinutes, Integer maxMinutes, List<NextStep> modules,
            List<String> modulesWithoutDuration) {
    }

    public record NextStep(String ref, String name, boolean open, List<List<String>> missing, Integer minMinutes,
            Integer maxMinutes) {
    }
}
