package org.iwtraining.booking.rest;

import java.util.ArrayList;
import java.util.List;

import org.iwtraining.conventions.problem.ApiException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads an HR export in CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into the rows an import
 * takes: a header row names the fields, an empty cell is an absent value.
 */
public final class CsvRows {

    private CsvRows() {
    }

    public static List<JsonNode> parse(String text) {
        List<List<String>> records = records(text);
        if (records.isEmpty()) {
            throw ApiException.invalidField("body", "a CSV import needs a header row");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        if (!header.contains("hrId")) {
            throw ApiException.invalidField("body", "the CSV header must name hrId");
        }
        List<JsonNode> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
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
            rows.add(row);
        }
        return rows;
    }

    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
