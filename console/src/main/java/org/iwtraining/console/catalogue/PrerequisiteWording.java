package org.iwtraining.console.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * A prerequisite in words for the catalogue page: {@code IW02 OR (IS01 AND CAF01 AND LP01)} reads "needs IW02, or
 * IS01, CAF01 and LP01". It reads the catalogue's canonical text (refs, {@code AND}, {@code OR}, parentheses where
 * one sits inside the other) and only words it: whether a person meets it is for catalogue-service's evaluator.
 */
public final class PrerequisiteWording {

    private PrerequisiteWording() {
    }

    /** "needs …", or "none" when the module has no prerequisite. */
    public static String of(String canonical) {
        if (canonical == null || canonical.isBlank()) {
            return "none";
        }
        List<String> tokens = tokens(canonical);
        int[] at = {0};
        Node node = expression(tokens, at);
        if (at[0] != tokens.size()) {
            // not the catalogue's canonical text: show it as it is rather than word it wrongly
            return "needs " + canonical;
        }
        return "needs " + node.words(true);
    }

    private sealed interface Node {
        /** {@code top}: the outermost level, where a list of alternatives may be set off by ", or". */
        String words(boolean top);
    }

    private record Ref(String ref) implements Node {
        @Override
        public String words(boolean top) {
            return ref;
        }
    }

    private record Group(String operator, List<Node> operands) implements Node {
        @Override
        public String words(boolean top) {
            boolean or = operator.equals("OR");
            boolean compound = operands.stream().anyMatch(Group.class::isInstance);
            List<String> parts = operands.stream().map(node -> node.words(false)).toList();
            if (!compound) {
                String listed = list(parts, or ? "or" : "and");
                // alternatives inside requirements: "IW01, and either IS01 or IW02", never "IW01, and IS01 or IW02"
                return top || !or ? listed : (parts.size() == 2 ? "either " : "one of ") + listed;
            }
            // alternatives (or requirements) that are lists themselves: set off each with a comma and the word
            String joined = String.join(", " + (or ? "or" : "and") + " ", parts);
            return top ? joined : "(" + joined + ")";
        }
    }

    /** "A", "A and B", "A, B and C". */
    private static String list(List<String> parts, String word) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + word + " " + parts.get(parts.size() - 1);
    }

    private static Node expression(List<String> tokens, int[] at) {
        List<Node> operands = new ArrayList<>();
        String operator = null;
        operands.add(operand(tokens, at));
        while (at[0] < tokens.size() && (tokens.get(at[0]).equals("AND") || tokens.get(at[0]).equals("OR"))) {
            String next = tokens.get(at[0]++);
            if (operator != null && !operator.equals(next)) {
                // canonical text never mixes the two without parentheses; AND binds tighter if it does
                return mixed(operands, operator, next, tokens, at);
            }
            operator = next;
            operands.add(operand(tokens, at));
        }
        return operator == null ? operands.get(0) : new Group(operator, operands);
    }

    private static Node mixed(List<Node> operands, String first, String next, List<String> tokens, int[] at) {
        Node rest = expression(tokens, at);
        Node left = new Group(first, operands);
        return new Group(next, List.of(left, rest));
    }

    private static Node operand(List<String> tokens, int[] at) {
        if (at[0] >= tokens.size()) {
            return new Ref("?");
        }
        String token = tokens.get(at[0]++);
        if (token.equals("(")) {
            Node inner = expression(tokens, at);
            if (at[0] < tokens.size() && tokens.get(at[0]).equals(")")) {
                at[0]++;
            }
            return inner;
        }
        return new Ref(token);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    tokens.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }
}
