package org.iwtraining.booking.rest;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iwtraining.booking.PersonSource;
import org.iwtraining.booking.people.PersonImport.Outcome;
import org.iwtraining.booking.people.PersonImport.RowResult;
import org.iwtraining.conventions.audit.ConcernsPeople;

/**
 * The outcome of an import: its source, whether it was a dry run (nothing applied), counts, the leavers of a full
 * import (of its source only), and one result per row.
 */
public record ImportView(PersonSource source, boolean dryRun, int created, int updated, int unchanged, int rejected,
        List<String> leavers, List<RowView> rows) implements ConcernsPeople {

    public record RowView(
            @Schema(description = "Where to find the row: in a CSV, its row as a spreadsheet numbers it (the header "
                    + "is row 1); in a JSON array, the item's position from 1") int row,
            String hrId, RowResult result,
            @Schema(description = "A rejected row's faults in one sentence") String reason,
            @Schema(description = "Every fault of a rejected row, \"field: message\"") List<String> problems) {
    }

    public static ImportView from(Outcome o) {
        return new ImportView(o.source(), o.dryRun(), o.created(), o.updated(), o.unchanged(), o.rejected(), o.leavers(),
                o.rows().stream().map(r -> new RowView(r.row(), r.hrId(), r.result(), r.reason(), r.problems())).toList());
    }

    /** The people of the rows (those with an HR id) and the leavers a full import marked. */
    @Override
    public Collection<String> personIds() {
        Set<String> people = new LinkedHashSet<>(leavers);
        rows.forEach(r -> {
            if (r.hrId() != null) {
                people.add(r.hrId());
            }
        });
        return people;
    }
}
