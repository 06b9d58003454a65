package org.iwtraining.conventions.input;

/**
 * PostgreSQL cannot store U+0000 in text or jsonb: a NUL byte that reaches a query fails it with a server
 * error. Every way text enters the suite (path, query, JSON strings) is checked against it before anything runs.
 */
public final class NulCharacters {

    public static final String MESSAGE = "must not contain a NUL character";

    private NulCharacters() {
    }

    public static boolean in(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }
}
