package org.iwtraining.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;

import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.ApiException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void shouldDefaultToFiftyAndFetchOneMore() {
        PageRequest request = PageRequest.of(null, null);
        assertEquals(50, request.limit());
        assertEquals(51, request.fetchSize());
        assertNull(request.after());
    }

    @Test
    void shouldRefuseLimitsOutsideOneToFiveHundred() {
        for (int limit : new int[] { 0, -1, 501 }) {
            ApiException e = assertThrows(ApiException.class, () -> PageRequest.of(limit, null));
            assertEquals(400, e.status());
            assertEquals("limit", e.toProblem().getErrors().get(0).field());
        }
    }

    @Test
    void shouldRefuseCursorItDidNotIssue() {
        for (String cursor : new String[] { "%%%", "bm90LWEtY3Vyc29y" }) {
            ApiException e = assertThrows(ApiException.class, () -> PageRequest.of(10, cursor));
            assertEquals("cursor", e.toProblem().getErrors().get(0).field());
        }
    }

    @Test
    void shouldCutPageAndCarryLastKeyInCursor() {
        PageRequest first = PageRequest.of(2, null);
        Page<String> page = first.page(List.of("a", "b", "c"), Function.identity(), String::toUpperCase);
        assertEquals(List.of("A", "B"), page.items());
        assertEquals("b", PageRequest.of(2, page.next()).after());

        Page<String> last = first.page(List.of("d"), Function.identity(), Function.identity());
        assertNull(last.next());
    }
}
