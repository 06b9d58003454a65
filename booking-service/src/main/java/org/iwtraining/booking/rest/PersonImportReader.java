package org.iwtraining.booking.rest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.iwtraining.booking.people.ImportRow;
import org.iwtraining.conventions.input.FieldMessages;
import org.iwtraining.conventions.problem.ApiException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * The body of a bulk import, a JSON array of people or an HR export in CSV (RFC 4180: a header row names the
 * fields, quoted fields, doubled quotes, CRLF or LF; an empty cell is an absent value), read into rows: each
 * with its {@code hrId} and the person it names, or why the person could not be read. Each row is validated as
 * a {@link PersonRequest}, as a single upsert is; judging the rows against each other and the data is the
 * import's business.
 */
@ApplicationScoped
public class PersonImportReader {

    private static final CsvFactory CSV = new CsvFactory();
    private static final String BOM = "\uFEFF";

    private final ObjectMapper json;
    private final Validator validator;

    public PersonImportReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public List<ImportRow> read(String contentType, String body) {
        String text = body == null ? "" : body;
        boolean csv = contentType != null && contentType.startsWith("text/csv");
        List<Line> lines = csv ? csvRows(text) : jsonRows(text);
        return lines.stream().map(this::row).toList();
    }

    /** A row as read and where a person finds it (see {@link ImportRow#line()}). */
    record Line(int number, JsonNode node) {
    }

    private ImportRow row(Line line) {
        JsonNode node = line.node();
        if (!node.isObject()) {
            return new ImportRow(line.number(), false, null, null, null, List.of());
        }
        String hrId = node.path("hrId").isTextual() ? node.get("hrId").asText() : null;
        String agencyCode = node.path("agencyCode").isTextual() ? node.get("agencyCode").asText() : null;
        ObjectNode fields = ((ObjectNode) node).deepCopy();
        fields.remove("hrId");
        // binding stops at the first value of the wrong type: drop it and bind again, so that every fault of the
        // row is found (a field given in the wrong type is not also reported as missing)
        Map<String, String> faults = new TreeMap<>();
        while (true) {
            try {
                PersonRequest request = json.treeToValue(fields, PersonRequest.class);
                for (ConstraintViolation<PersonRequest> v : validator.validate(request)) {
                    faults.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
                }
                List<String> invalid = faults.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
                return new ImportRow(line.number(), true, hrId, agencyCode, invalid.isEmpty() ? request.details() : null,
                        invalid);
            } catch (JsonProcessingException e) {
                String field = fieldOf(e);
                if (field == null || fields.remove(field) == null) {
                    faults.put("row", "has the wrong shape");
                    return new ImportRow(line.number(), true, hrId, agencyCode, null,
                            faults.entrySet().stream().map(f -> f.getKey() + ": " + f.getValue()).toList());
                }
                faults.put(field, e instanceof MismatchedInputException m ? FieldMessages.forMismatch(m)
                        : "has the wrong type or format");
            }
        }
    }

    private static String fieldOf(JsonProcessingException e) {
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return m.getPath().get(0).getFieldName();
        }
        return null;
    }

    private List<Line> jsonRows(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "MALFORMED_JSON", "Malformed request body", "The body is not well-formed JSON");
        }
        if (root == null || !root.isArray()) {
            throw ApiException.invalidField("body", "must be a JSON array of people");
        }
        List<Line> rows = new ArrayList<>();
        root.forEach(node -> rows.add(new Line(rows.size() + 1, node)));
        return rows;
    }

    /**
     * The CSV's data rows as JSON objects keyed by the header, numbered as a spreadsheet shows them (the header is
     * row 1); a blank line is no row but keeps its number.
     */
    static List<Line> csvRows(String text) {
        List<List<String>> records = records(text.startsWith(BOM) ? text.substring(BOM.length()) : text);
        if (records.isEmpty()) {
            throw ApiException.invalidField("body", "a CSV import needs a header row");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        if (!header.contains("hrId")) {
            throw ApiException.invalidField("body", "the CSV header must name hrId");
        }
        List<Line> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < header.size() && i < record.size(); i++) {
                String value = record.get(i);
                if (!value.isEmpty()) {
                    row.put(header.get(i), "shareContactConsent".equals(header.get(i)) ? value.strip() : value);
                }
            }
            rows.add(new Line(r + 1, row));
        }
        return rows;
    }

    /**
     * Every record, the header first, cells as written (not trimmed). A quoted cell left open, or followed by
     * anything but a separator or the line's end, is a 400 naming the row (as a spreadsheet numbers it, the
     * header being row 1, as the import's results do) and the field.
     */
    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        try (CsvParser parser = CSV.createParser(text)) {
            // every record is an array of strings, all of them inside one array
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_ARRAY) {
                    if (depth-- == 2) {
                        records.add(record);
                        record = new ArrayList<>();
                    }
                } else {
                    record.add(parser.getText());
                }
            }
        } catch (JsonParseException e) {
            throw ApiException.invalidField("body", where(records, record.size()) + ": "
                    + (e.getOriginalMessage().startsWith("Missing closing quote") ? "a quoted value is not closed"
                            : "a quoted value must end at a comma or the end of the line"));
        } catch (IOException e) {
            throw ApiException.invalidField("body", "is not readable as CSV");
        }
        return records;
    }

    /** "row 3, email": the row being read as a spreadsheet numbers it (the header is row 1) and its cell's name. */
    private static String where(List<List<String>> records, int cell) {
        if (records.isEmpty()) {
            return "the header row (row 1), column " + (cell + 1);
        }
        List<String> header = records.get(0);
        return "row " + (records.size() + 1) + ", " + (cell < header.size() ? header.get(cell).strip() : "column " + (cell + 1));
    }
}
