package org.iwtraining.catalogue.prerequisites;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads prerequisite text such as {@code IW02 OR (IS01 AND CAF01 AND LP01)}. AND binds tighter than OR;
 * operators are case-insensitive, refs are upper-case letters followed by digits. A mistake is an
 * {@link ExpressionException} carrying the 0-based character position where reading failed.
 */
public final class ExpressionParser {

    private static final int MAX_LENGTH = 2000;
    private static final Pattern REF = Pattern.compile("\\b[A-Z]{1,8}[0-9]{1,4}\\b");

    private final String text;
    private int pos;

    private ExpressionParser(String text) {
        this.text = text;
    }

    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ExpressionException(0, "is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException(MAX_LENGTH, "is longer than " + MAX_LENGTH + " characters");
        }
        ExpressionParser parser = new ExpressionParser(text);
        Expression e = parser.or(0);
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw new ExpressionException(parser.pos, "expected AND, OR or the end, found '" + parser.word() + "'");
        }
        return e;
    }

    private Expression or(int depth) {
        List<Expression> operands = new ArrayList<>(List.of(and(depth)));
        while (keyword("OR")) {
            operands.add(and(depth));
        }
        return Expression.or(operands);
    }

    private Expression and(int depth) {
        List<Expression> operands = new ArrayList<>(List.of(operand(depth)));
        while (keyword("AND")) {
            operands.add(operand(depth));
        }
        return Expression.and(operands);
    }

    private Expression operand(int depth) {
        skipSpaces();
        if (pos >= text.length()) {
            throw new ExpressionException(pos, "expected a module ref or '(', found the end");
        }
        if (text.charAt(pos) == '(') {
            if (depth >= 50) {
                throw new ExpressionException(pos, "nests parentheses too deeply");
            }
            pos++;
            Expression inner = or(depth + 1);
            skipSpaces();
            if (pos >= text.length() || text.charAt(pos) != ')') {
                throw new ExpressionException(pos, "expected ')'");
            }
            pos++;
            return inner;
        }
        int start = pos;
        String word = word();
        if (!REF.matcher(word).matches()) {
            throw new ExpressionException(start, word.isEmpty()
                    ? "expected a module ref or '(', found '" + text.charAt(pos) + "'"
                    : "'" + word + "' is not a module ref");
        }
        pos += word.length();
        return Expression.ref(word);
    }

    private boolean keyword(String keyword) {
        skipSpaces();
        String word = word();
        if (word.equalsIgnoreCase(keyword)) {
            pos += word.length();
            return true;
        }
        return false;
    }

    private String word() {
        int end = pos;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(pos, end);
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Where each ref sits in the text, so later checks (unknown module, cycle) can point at it. */
    public static List<RefAt> positions(String text) {
        List<RefAt> found = new ArrayList<>();
        Matcher m = REF.matcher(text);
        while (m.find()) {
            found.add(new RefAt(m.group(), m.start()));
        }
        return found;
    }

    public record RefAt(String ref, int position) {
    }
}
