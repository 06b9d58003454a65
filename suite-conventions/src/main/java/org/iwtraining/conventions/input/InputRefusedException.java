package org.iwtraining.conventions.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right kind that the suite refuses all the same, with the message the problem gives for
 * its field; Jackson adds the field's path as the exception travels up.
 */
public final class InputRefusedException extends MismatchedInputException {

    private final String fieldMessage;

    InputRefusedException(JsonParser parser, Class<?> type, String fieldMessage) {
        super(parser, fieldMessage, type);
        this.fieldMessage = fieldMessage;
    }

    public String fieldMessage() {
        return fieldMessage;
    }
}
