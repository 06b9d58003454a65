package org.iwtraining.conventions.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * CSV for people who open it in a spreadsheet: a header row, then one row per record, written by
 * jackson-dataformat-csv (quoting, embedded commas and line breaks), every text cell neutralised against
 * formula injection (OWASP "CSV injection"): a cell starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return is prefixed with {@code '} so the spreadsheet shows it as text.
 * Numbers are written as numbers (a negative number is a number, not a formula).
 */
public final class CsvCells {

    public static final String MEDIA_TYPE = "text/csv";

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvCells() {
    }

    /** The cell as a spreadsheet will show it: text that could start a formula gets a leading {@code '}. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /** A whole document: the header row and the rows, each row's cells in the header's order. */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String column : header) {
            schema.addColumn(neutralise(column));
        }
        StringWriter out = new StringWriter();
        // strict: quote a cell only when it needs it (by default Jackson quotes every string over 24 characters)
        try (SequenceWriter writer = MAPPER.writer(schema.build()).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writeValues(out)) {
            for (List<?> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells under a header of "
                            + header.size());
                }
                writer.write(row.stream().map(CsvCells::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return neutralise(value.toString());
    }
}
