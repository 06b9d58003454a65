package org.iwtraining.conventions.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void shouldAnswerWithTheSameProblemAsAnApiExceptionOfItsKindsStatus() {
        assertSameProblem(new ApiException(422, "ALREADY_TRAINED", "Already trained", "done"),
                DomainException.refused("ALREADY_TRAINED", "Already trained", "done"));
        assertSameProblem(new ApiException(409, "ALREADY_BOOKED", "Already booked", "twice"),
                DomainException.conflict("ALREADY_BOOKED", "Already booked", "twice"));
        assertSameProblem(new ApiException(503, "CATALOGUE_UNAVAILABLE", "Down", "later"),
                DomainException.unavailable("CATALOGUE_UNAVAILABLE", "Down", "later"));
        assertSameProblem(new ApiException(412, "STALE", "Stale", "v1"), DomainException.preconditionFailed("STALE", "Stale", "v1"));
        assertSameProblem(new ApiException(428, "IF_MATCH", "Needed", "send it"),
                DomainException.preconditionRequired("IF_MATCH", "Needed", "send it"));
        assertSameProblem(ApiException.invalidField("capacity", "must be positive"),
                DomainException.invalid("capacity", "must be positive"));
        assertSameProblem(ApiException.notFound("Session", "s-1"), DomainException.notFound("Session", "s-1"));
    }

    @Test
    void shouldAddProblemMembersWithoutChangingTheOriginal() {
        DomainException plain = DomainException.refused("PREREQUISITE_MISSING", "Prerequisite missing", "lacks one");
        DomainException withMissing = plain.with("missing", List.of(List.of("IW02")));
        assertSameProblem(new ApiException(422, "PREREQUISITE_MISSING", "Prerequisite missing", "lacks one", List.of(),
                Map.of("missing", List.of(List.of("IW02")))), withMissing);
        assertEquals(Map.of(), plain.extensions());
    }

    private static void assertSameProblem(ApiException expected, DomainException actual) {
        Problem want = expected.toProblem();
        Problem got = actual.toProblem();
        assertEquals(want.getType(), got.getType());
        assertEquals(want.getTitle(), got.getTitle());
        assertEquals(want.getStatus(), got.getStatus());
        assertEquals(want.getDetail(), got.getDetail());
        assertEquals(want.getCode(), got.getCode());
        assertEquals(want.getErrors(), got.getErrors());
        assertEquals(want.getExtensions(), got.getExtensions());
    }
}
