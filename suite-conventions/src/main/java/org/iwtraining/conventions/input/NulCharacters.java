package org.iwtraining.conventions.input;

/**
 * PostgreSQL cannot store U+0000 in text or jsonb: a NUL byte that reaches a query fails it with a server
 * error. Every way text enters the suite (path, query, JSON strings) is checked against it before anything runs.
 */
public final class NulCharacters {

    public static final String MESSAGE = "must not contain a NUL character";

    private NulCharacters() {
    }

    /** What a problem says of a string holding half of a surrogate pair. */
    public static final String UNPAIRED_SURROGATE = "must not contain half of a surrogate pair (not Unicode text)";

    public static boolean in(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /**
     * Whether the text holds a lone surrogate: Java strings may, JSON escapes may ({@code "\\uD800"}), but it is not
     * Unicode text, and passing it on (to another service, to a mail) fails there.
     */
    public static boolean unpairedSurrogateIn(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
