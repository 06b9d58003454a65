package org.iwtraining.conventions.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A2)", "+1", "-2+3", "@cmd", "\tx", "\rx"})
    void shouldPrefixCellsThatCouldStartAFormula(String cell) {
        assertEquals("'" + cell, CsvCells.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Health", "a=b", "CAF01", "'quoted", " =padded"})
    void shouldLeaveOtherCellsAlone(String cell) {
        assertEquals(cell, CsvCells.neutralise(cell));
    }

    @Test
    void shouldWriteAHeaderRowAndQuoteWhatNeedsQuoting() {
        String csv = CsvCells.write(List.of("agency", "booked", "rate"),
                List.of(List.of("=HYPERLINK(\"x\")", 3, 0.5), Arrays.asList("Police, North", -1, null)));
        assertEquals("agency,booked,rate\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",3,0.5\n"
                + "\"Police, North\",-1,\n", csv);
    }

    @Test
    void shouldQuoteOnlyCellsThatNeedIt() {
        assertEquals("id,name\n0c43dc42-b07b-4a56-aecb-ee34b5ca136f,A long agency name without any separator\n",
                CsvCells.write(List.of("id", "name"), List.of(List.of("0c43dc42-b07b-4a56-aecb-ee34b5ca136f",
                        "A long agency name without any separator"))));
    }

    @Test
    void shouldRefuseARowThatDoesNotFitTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> CsvCells.write(List.of("a"), List.of(List.of(1, 2))));
    }
}
