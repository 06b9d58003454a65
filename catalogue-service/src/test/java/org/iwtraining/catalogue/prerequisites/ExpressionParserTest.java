package org.iwtraining.catalogue.prerequisites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ExpressionParserTest {

    private static String canonical(String text) {
        return ExpressionParser.parse(text).canonical();
    }

    private static int errorAt(String text) {
        return assertThrows(ExpressionException.class, () -> ExpressionParser.parse(text)).position();
    }

    @Test
    void shouldBindAndTighterThanOr() {
        Expression e = ExpressionParser.parse("IW02 OR IS01 AND CAF01 AND LP01");
        assertEquals("IW02 OR (IS01 AND CAF01 AND LP01)", e.canonical());
        assertTrue(e.holds(Set.of("IW02")::contains));
        assertTrue(e.holds(Set.of("IS01", "CAF01", "LP01")::contains));
        assertFalse(e.holds(Set.of("IS01", "CAF01")::contains));
    }

    @Test
    void shouldHonourParenthesesOverPrecedence() {
        Expression e = ExpressionParser.parse("(IW02 OR IS01) AND CAF01");
        assertEquals("(IW02 OR IS01) AND CAF01", e.canonical());
        assertFalse(e.holds(Set.of("IW02")::contains));
        assertTrue(e.holds(Set.of("IS01", "CAF01")::contains));
    }

    @Test
    void shouldWriteCanonicalTextWithoutRedundantParenthesesOrSpaces() {
        assertEquals("IS01 AND IS02 AND IS03", canonical("  IS01 and ( IS02   AND IS03 ) "));
        assertEquals("IW01", canonical("((IW01))"));
        assertEquals("IW02 OR (IS01 AND CAF01 AND LP01)", canonical("(IW02) or (IS01 AND (CAF01 AND LP01))"));
        assertEquals("IS01 OR IS02 OR IS03", canonical("IS01 OR (IS02 OR IS03)"));
    }

    @Test
    void shouldListRefsInOrderOfAppearance() {
        assertEquals(List.of("IW02", "IS01", "CAF01"), List.copyOf(ExpressionParser.parse("IW02 OR (IS01 AND CAF01)").refs()));
    }

    @Test
    void shouldPointAtTheFirstCharacterItCannotRead() {
        assertEquals(0, errorAt(""));
        assertEquals(5, errorAt("IW01 IW02"));
        assertEquals(9, errorAt("IW01 AND "));
        assertEquals(9, errorAt("IW01 AND iw02"));
        assertEquals(15, errorAt("(IW01 OR IS01  "));
        assertEquals(4, errorAt("IW01)"));
        assertEquals(0, errorAt("AND IW01"));
        assertEquals(9, errorAt("IW01 AND $"));
        assertEquals(1, errorAt("(OR IW01)"));
    }

    @Test
    void shouldRefuseDeepNestingAndHugeText() {
        assertThrows(ExpressionException.class, () -> ExpressionParser.parse("(".repeat(60) + "IW01" + ")".repeat(60)));
        assertThrows(ExpressionException.class, () -> ExpressionParser.parse("IW01 AND ".repeat(300) + "IW01"));
    }

    @Test
    void shouldFindEachRefsPosition() {
        assertEquals(List.of(new ExpressionParser.RefAt("IW02", 0), new ExpressionParser.RefAt("IS01", 9)),
                ExpressionParser.positions("IW02 OR (IS01)"));
    }
}
