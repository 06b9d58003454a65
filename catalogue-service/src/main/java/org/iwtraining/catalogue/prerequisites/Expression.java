package org.iwtraining.catalogue.prerequisites;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A prerequisite: a boolean expression over module refs. Built through {@link #and}/{@link #or}, which flatten
 * nested operators of the same kind and drop one-operand groups, so two expressions that print the same
 * canonical text are equal.
 */
public sealed interface Expression {

    /** Canonical text: single spaces, upper-case operators, parentheses only where AND sits inside OR or vice versa. */
    String canonical();

    boolean holds(Predicate<String> has);

    /** Every ref named, in order of first appearance. */
    default Set<String> refs() {
        Set<String> refs = new LinkedHashSet<>();
        collect(refs);
        return refs;
    }

    void collect(Set<String> refs);

    record Ref(String ref) implements Expression {
        @Override
        public String canonical() {
            return ref;
        }

        @Override
        public boolean holds(Predicate<String> has) {
            return has.test(ref);
        }

        @Override
        public void collect(Set<String> refs) {
            refs.add(ref);
        }
    }

    record And(List<Expression> operands) implements Expression {
        @Override
        public String canonical() {
            return join(operands, " AND ", Or.class);
        }

        @Override
        public boolean holds(Predicate<String> has) {
            return operands.stream().allMatch(e -> e.holds(has));
        }

        @Override
        public void collect(Set<String> refs) {
            operands.forEach(e -> e.collect(refs));
        }
    }

    record Or(List<Expression> operands) implements Expression {
        @Override
        public String canonical() {
            return join(operands, " OR ", And.class);
        }

        @Override
        public boolean holds(Predicate<String> has) {
            return operands.stream().anyMatch(e -> e.holds(has));
        }

        @Override
        public void collect(Set<String> refs) {
            operands.forEach(e -> e.collect(refs));
        }
    }

    static Expression ref(String ref) {
        return new Ref(ref);
    }

    static Expression and(List<Expression> operands) {
        List<Expression> flat = new ArrayList<>();
        for (Expression e : operands) {
            if (e instanceof And and) {
                flat.addAll(and.operands());
            } else {
                flat.add(e);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new And(List.copyOf(flat));
    }

    static Expression or(List<Expression> operands) {
        List<Expression> flat = new ArrayList<>();
        for (Expression e : operands) {
            if (e instanceof Or or) {
                flat.addAll(or.operands());
            } else {
                flat.add(e);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new Or(List.copyOf(flat));
    }

    /**
     * What is left of an expression once the modules in {@code had} are counted: null when it already holds.
     * (IW03 after IS01 leaves {@code IW02 OR (CAF01 AND LP01)}.)
     */
    static Expression residual(Expression e, Set<String> had) {
        if (e instanceof Ref ref) {
            return had.contains(ref.ref()) ? null : e;
        }
        List<Expression> left = new ArrayList<>();
        for (Expression operand : e instanceof And and ? and.operands() : ((Or) e).operands()) {
            Expression rest = residual(operand, had);
            if (rest == null && e instanceof Or) {
                return null;
            }
            if (rest != null) {
                left.add(rest);
            }
        }
        if (left.isEmpty()) {
            return null;
        }
        return e instanceof And ? and(left) : or(left);
    }

    private static String join(List<Expression> operands, String operator, Class<? extends Expression> needsParentheses) {
        StringBuilder text = new StringBuilder();
        for (Expression e : operands) {
            if (!text.isEmpty()) {
                text.append(operator);
            }
            text.append(needsParentheses.isInstance(e) ? "(" + e.canonical() + ")" : e.canonical());
        }
        return text.toString();
    }
}
