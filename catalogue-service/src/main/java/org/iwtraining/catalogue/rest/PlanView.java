package org.iwtraining.catalogue.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.catalogue.Audience;
import org.iwtraining.catalogue.PlanCell;
import org.iwtraining.catalogue.snapshot.Catalogue;

/** The Appendix 1 matrix: one row per audience, one cell per process (empty cells have no modules). */
public record PlanView(String revision, List<String> processes, List<Row> rows) {

    @Schema(name = "PlanRow")
    public record Row(String audience, String planRow, List<Cell> cells) {
        public static Row from(Catalogue catalogue, Audience audience) {
            List<PlanCell> cells = catalogue.plan(audience.code);
            return new Row(audience.code, audience.planRow, catalogue.processes().stream()
                    .map(p -> new Cell(p.code, cells.stream().filter(c -> c.process.equals(p.code))
                            .map(c -> c.moduleRef).toList()))
                    .toList());
        }
    }

    @Schema(name = "PlanCell")
    public record Cell(String process, List<String> modules) {
    }

    public static PlanView from(Catalogue catalogue) {
        return new PlanView(catalogue.revision(),
                catalogue.processes().stream().map(p -> p.code).toList(),
                catalogue.audiences().stream().map(a -> Row.from(catalogue, a)).toList());
    }
}
