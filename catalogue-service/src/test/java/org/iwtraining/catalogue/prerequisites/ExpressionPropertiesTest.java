package org.iwtraining.catalogue.prerequisites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ExpressionPropertiesTest {

    @Property
    void parsingTheCanonicalTextGivesTheSameExpression(@ForAll("expressions") Expression e) {
        assertEquals(e, ExpressionParser.parse(e.canonical()));
    }

    @Property
    void canonicalTextIsAFixedPoint(@ForAll("expressions") Expression e) {
        String once = ExpressionParser.parse(e.canonical()).canonical();
        assertEquals(once, ExpressionParser.parse(once).canonical());
    }

    @Property
    void anExpressionHoldsWhenEveryRefItNamesIsHad(@ForAll("expressions") Expression e) {
        Set<String> refs = e.refs();
        assertEquals(true, e.holds(refs::contains));
        assertEquals(false, e.holds(ref -> false));
    }

    @Provide
    Arbitrary<Expression> expressions() {
        return expression(4);
    }

    private Arbitrary<Expression> expression(int depth) {
        Arbitrary<Expression> ref = Arbitraries.of("IW01", "IW02", "IS01", "IS02", "CAF01", "LP01", "ISI01")
                .map(Expression::ref);
        if (depth == 0) {
            return ref;
        }
        Arbitrary<Expression> and = expression(depth - 1).list().ofMinSize(2).ofMaxSize(3).map(Expression::and);
        Arbitrary<Expression> or = expression(depth - 1).list().ofMinSize(2).ofMaxSize(3).map(Expression::or);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, ref), net.jqwik.api.Tuple.of(1, and), net.jqwik.api.Tuple.of(1, or));
    }
}
