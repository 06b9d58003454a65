package org.iwtraining.booking.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.problem.FieldError;
import org.iwtraining.conventions.problem.Problem;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The CSV side of an import body, read by jackson-dataformat-csv: RFC 4180 as before, and a broken quote refused. */
class PersonImportReaderTest {

    @Test
    void shouldReadQuotedFieldsDoubledQuotesLineEndsAndBlankLines() {
        String csv = "\uFEFFhrId, givenName ,familyName,shareContactConsent\r\n"
                + "P-1,\"Ada, \"\"the\"\" Countess\",\"Love\nlace\", true \r\n"
                + "\n"
                + "P-2,  Grace ,,\n"
                + "P-3\n";
        List<PersonImportReader.Line> lines = PersonImportReader.csvRows(csv);
        assertEquals(List.of(2, 4, 5), lines.stream().map(PersonImportReader.Line::number).toList(),
                "numbered as a spreadsheet shows them: the header is row 1, a blank line is a row, a line break "
                        + "inside quotes is not");
        List<JsonNode> rows = lines.stream().map(PersonImportReader.Line::node).toList();
        assertEquals(3, rows.size());
        assertEquals("P-1", rows.get(0).get("hrId").asText());
        assertEquals("Ada, \"the\" Countess", rows.get(0).get("givenName").asText());
        assertEquals("Love\nlace", rows.get(0).get("familyName").asText());
        assertEquals("true", rows.get(0).get("shareContactConsent").asText(), "the consent flag alone is trimmed");
        assertEquals("  Grace ", rows.get(1).get("givenName").asText(), "cells are kept as written");
        assertFalse(rows.get(1).has("familyName"), "an empty cell is an absent value");
        assertEquals(1, rows.get(2).size());
    }

    @Test
    void shouldRefuseAnUnterminatedQuoteNamingTheRowAndField() {
        String csv = "hrId,givenName,email\nP-1,Ada,ada@example.org\nP-2,Grace,\"grace@example.org\nP-3,Alan,alan@example.org\n";
        ApiException refused = assertThrows(ApiException.class, () -> PersonImportReader.csvRows(csv));
        Problem problem = refused.toProblem();
        assertEquals(400, problem.getStatus());
        assertEquals("VALIDATION_FAILED", refused.code());
        assertEquals(List.of(new FieldError("body", "row 3, email: a quoted value is not closed")), problem.getErrors());
    }

    @Test
    void shouldStillAskForAHeaderThatNamesHrId() {
        assertEquals(400, assertThrows(ApiException.class, () -> PersonImportReader.csvRows("")).status());
        assertEquals(400, assertThrows(ApiException.class, () -> PersonImportReader.csvRows("givenName\nAda\n")).status());
    }
}
