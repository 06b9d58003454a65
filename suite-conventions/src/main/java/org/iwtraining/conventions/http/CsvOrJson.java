package org.iwtraining.conventions.http;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.iwtraining.conventions.csv.CsvCells;
import org.iwtraining.conventions.problem.ApiException;

/**
 * Figures answered as JSON or as a CSV download, chosen the same way by every service: {@code ?format=csv|json}
 * wins (a spreadsheet link cannot set headers); otherwise CSV when the most preferred type the client accepts is
 * {@code text/csv}, JSON for anything else, {@code *}{@code /*} included.
 */
public final class CsvOrJson {

    /** The {@code format} query parameter's documentation. */
    public static final String FORMAT = "csv for CSV (as Accept: text/csv), json (the default)";

    private static final MediaType CSV = MediaType.valueOf(CsvCells.MEDIA_TYPE);

    private CsvOrJson() {
    }

    /** Whether the asker wants CSV; an unknown {@code format} is 400 naming it. */
    public static boolean wantsCsv(String format, HttpHeaders headers) {
        String f = QueryParams.text(format);
        if (f != null) {
            return switch (f.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ApiException.invalidField("format", "must be csv or json");
            };
        }
        // sorted by preference (q, then specificity) by the framework
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || MediaType.APPLICATION_JSON_TYPE.isCompatible(accepted)) {
                return false;
            }
            if (CSV.isCompatible(accepted) && !accepted.isWildcardSubtype()) {
                return true;
            }
        }
        return false;
    }

    /** The rows as a CSV attachment named {@code name.csv}, cells neutralised against formulas. */
    public static Response csv(String name, List<String> header, List<? extends List<?>> rows) {
        return Response.ok(CsvCells.write(header, rows), CsvCells.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }
}
