package org.iwtraining.catalogue.prerequisites;

/** Prerequisite text that cannot be read or names what it may not; {@code position} is a 0-based offset. */
public class ExpressionException extends RuntimeException {

    private final int position;

    public ExpressionException(int position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
