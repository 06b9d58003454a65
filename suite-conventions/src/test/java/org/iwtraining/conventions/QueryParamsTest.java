package org.iwtraining.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.iwtraining.conventions.http.QueryParams;
import org.iwtraining.conventions.problem.ApiException;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void shouldReadBlankAsTheDefault() {
        for (String blank : new String[] { null, "", "  " }) {
            assertNull(QueryParams.integer("n", blank));
            assertNull(QueryParams.bool("b", blank));
            assertNull(QueryParams.date("d", blank));
            assertNull(QueryParams.code("c", blank, ChronoUnit.class));
            assertNull(QueryParams.text(blank));
        }
        assertEquals(50, QueryParams.page(" ", "").limit());
    }

    @Test
    void shouldParseWellFormedValues() {
        assertEquals(7, QueryParams.integer("n", " 7 "));
        assertEquals(Boolean.FALSE, QueryParams.bool("b", "false"));
        assertEquals(LocalDate.of(2027, 3, 1), QueryParams.date("d", "2027-03-01"));
        assertEquals(ChronoUnit.DAYS, QueryParams.code("c", "DAYS", ChronoUnit.class));
        assertEquals(20, QueryParams.page("20", null).limit());
    }

    @Test
    void shouldRefuseMalformedValuesNamingTheParameter() {
        assertNamed("limit", () -> QueryParams.page("abc", null));
        assertNamed("limit", () -> QueryParams.page("0", null));
        assertNamed("n", () -> QueryParams.integer("n", "1.5"));
        assertNamed("b", () -> QueryParams.bool("b", "yes"));
        assertNamed("d", () -> QueryParams.date("d", "01/03/2027"));
        assertNamed("c", () -> QueryParams.code("c", "days", ChronoUnit.class));
        assertNamed("cursor", () -> QueryParams.page(null, "not-a-cursor!"));
    }

    @Test
    void shouldRefuseDatesAndTimesOutsideTheYearsTheSuiteKeeps() {
        assertNamed("d", () -> QueryParams.date("d", "1899-12-31"));
        assertNamed("d", () -> QueryParams.date("d", "+99999-01-01"));
        assertNamed("t", () -> QueryParams.instant("t", "3000-01-01T00:00:00Z"));
        assertEquals(LocalDate.of(2999, 12, 31), QueryParams.date("d", "2999-12-31"));
        assertEquals(LocalDate.of(1900, 1, 1), QueryParams.date("d", "1900-01-01"));
    }

    private static void assertNamed(String field, Runnable parse) {
        ApiException e = assertThrows(ApiException.class, parse::run);
        assertEquals(400, e.status());
        assertEquals(field, e.toProblem().getErrors().get(0).field());
    }
}
