package org.iwtraining.booking.rest;

import java.util.List;

import org.iwtraining.booking.people.PersonImport.Outcome;
import org.iwtraining.booking.people.PersonImport.RowResult;

/** The outcome of an import: counts, the leavers of a full import, and one result per row. */
public record ImportView(int created, int updated, int unchanged, int rejected, List<String> leavers, List<RowView> rows) {

    public record RowView(int row, String hrId, RowResult result, String reason) {
    }

    public static ImportView from(Outcome o) {
        return new ImportView(o.created(), o.updated(), o.unchanged(), o.rejected(), o.leavers(),
                o.rows().stream().map(r -> new RowView(r.row(), r.hrId(), r.result(), r.reason())).toList());
    }
}
