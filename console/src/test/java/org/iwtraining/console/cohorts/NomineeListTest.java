package org.iwtraining.console.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.iwtraining.console.client.FieldProblem;
import org.iwtraining.console.client.ServiceProblem;
import org.junit.jupiter.api.Test;

class NomineeListTest {

    @Test
    void shouldTakePastedIdsSeparatedByLinesCommasOrSpacesEachOnce() {
        assertEquals(List.of("HR-1", "HR-2", "HR-3", "HR-4"),
                NomineeList.of("HR-1\nHR-2, HR-3;HR-1  HR-4\n\n", List.of(), null));
    }

    @Test
    void shouldAddTickedPeopleAndTheCsvAfterThePastedIds() {
        String csv = "name,hrId,agency\n\"Price, Chloe\",HR-9,CSC\nBen,HR-2,NHS\n";
        assertEquals(List.of("HR-1", "HR-2", "HR-7", "HR-9"), NomineeList.of("HR-1 HR-2", List.of("HR-7 "), csv));
    }

    @Test
    void shouldReadTheFirstColumnOfACsvWithoutAKnownHeader() {
        assertEquals(List.of("HR-5", "HR-6"), NomineeList.of(null, null, "HR-5,Ann\r\nHR-6,Bo\r\n"));
    }

    @Test
    void shouldFindTheHeaderWrittenAnyWay() {
        assertEquals(List.of("A1"), NomineeList.of(null, null, "Agency;HR id\nCSC;A1\n"));
        assertEquals(List.of("B2"), NomineeList.of(null, null, "person_id\nB2\n"));
    }

    @Test
    void shouldKeepQuotedCellsWhole() {
        assertEquals(List.of("a", "b,c", "d\"e"), NomineeList.cells("a,\"b,c\",\"d\"\"e\""));
    }

    @Test
    void shouldNameARefusedNomineeByTheirHrIdInsteadOfTheirPlace() {
        ServiceProblem refused = new ServiceProblem(422, "Nominee not of your agency", "An agency lead nominates people of"
                + " their own agency only", "NOMINEE_NOT_OWN_AGENCY", List.of(new FieldProblem("nominees[1]",
                        "not a person of your agency"), new FieldProblem("name", "must not be blank"),
                        new FieldProblem("nominees[7]", "out of the list")));
        assertEquals(List.of(new FieldProblem("nominees", "HR-6001: not a person of your agency"),
                new FieldProblem("name", "must not be blank"), new FieldProblem("nominees[7]", "out of the list")),
                NomineeList.naming(refused, List.of("HR-6005", "HR-6001")).errors());
    }
}
