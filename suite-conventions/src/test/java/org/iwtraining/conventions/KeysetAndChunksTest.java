package org.iwtraining.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.iwtraining.conventions.paging.Keyset;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.paging.PageRequest;
import org.iwtraining.conventions.problem.DomainException;
import org.iwtraining.conventions.sql.Chunks;
import org.iwtraining.conventions.sql.ManyIds;
import org.junit.jupiter.api.Test;

class KeysetAndChunksTest {

    @Test
    void shouldCarryValueAndIdThroughACursor() {
        Instant at = Instant.parse("2027-03-01T09:30:00Z");
        Page<String> first = PageRequest.of(1, null).page(List.of("a", "b"), row -> Keyset.key(at, "id-" + row), row -> row);
        Keyset after = Keyset.after(PageRequest.of(1, first.next())).orElseThrow();
        assertEquals("id-a", after.id());
        assertEquals(at, after.instant());
        assertTrue(Keyset.after(PageRequest.of(1, null)).isEmpty());
    }

    @Test
    void shouldSplitAtTheLastBarSoValuesMayHoldOne() {
        Keyset after = Keyset.after(PageRequest.of(1, PageRequest.encode(Keyset.key("a|b", "7")))).orElseThrow();
        assertEquals("a|b", after.value());
        assertEquals("7", after.id());
    }

    @Test
    void shouldRefuseACursorOfAnotherShape() {
        PageRequest noBar = PageRequest.of(1, PageRequest.encode("no-bar"));
        DomainException e = assertThrows(DomainException.class, () -> Keyset.after(noBar));
        assertEquals("cursor", e.toProblem().getErrors().get(0).field());
        assertEquals(400, e.toProblem().getStatus());
        PageRequest notAnInstant = PageRequest.of(1, PageRequest.encode(Keyset.key("yesterday", "1")));
        assertThrows(DomainException.class, () -> Keyset.after(notAnInstant).orElseThrow().instant());
    }

    @Test
    void shouldMapPagesKeepingTheCursor() {
        Page<Integer> page = new Page<>(List.of(1, 2), "next");
        assertEquals(new Page<>(List.of("1", "2"), "next"), page.map(String::valueOf));
    }

    @Test
    void shouldCutListsIntoChunksOfAtMostTheSize() {
        List<Integer> all = IntStream.range(0, 2_501).boxed().toList();
        List<List<Integer>> chunks = Chunks.of(all);
        assertEquals(List.of(1000, 1000, 501), chunks.stream().map(List::size).toList());
        assertEquals(all, chunks.stream().flatMap(List::stream).toList());
        assertEquals(List.of(), Chunks.of(List.of(), 3));
        assertThrows(IllegalArgumentException.class, () -> Chunks.of(all, 0));
    }

    @Test
    void shouldGiveManyIdsAsOneArrayInTheirOrder() {
        List<String> ids = IntStream.range(0, 20_000).mapToObj(i -> "P" + i).toList();
        String[] array = ManyIds.of(ids);
        assertEquals(ids, List.of(array));
        assertEquals(0, ManyIds.of(List.of()).length);
    }
}
