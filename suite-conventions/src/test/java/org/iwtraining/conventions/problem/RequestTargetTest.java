package org.iwtraining.conventions.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestTargetTest {

    @Test
    void shouldAcceptWellFormedTargets() {
        for (String target : new String[] { "/modules", "/modules?limit=5&cursor=abc", "/people/J%C3%B8rgen",
                "/sessions?title=a+b%20c", "/x?q=%E2%82%AC" }) {
            assertTrue(FrameworkFailures.wellFormed(target), target);
        }
    }

    @Test
    void shouldRefuseBrokenEscapesAndEscapesThatAreNotUtf8() {
        for (String target : new String[] { "/modules?limit=%zz", "/modules?cursor=%", "/modules?x=%4", "/mod%ules",
                "/modules?x=%C3%28", "/people/%FF", "/modules?x=%E2%82" }) {
            assertFalse(FrameworkFailures.wellFormed(target), target);
        }
    }
}
