package org.iwtraining.conventions.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON string that cannot be stored or passed on as text — one with a NUL character, or with half of a UTF-16
 * surrogate pair ({@code "\\uD800"}, which no UTF-8 encoder writes) — the member named in the problem: Jackson adds
 * the path of the field as the exception travels up.
 */
public final class NulCharacterException extends JsonMappingException {

    private final String fieldMessage;

    NulCharacterException(JsonParser parser, String fieldMessage) {
        super(parser, "a string " + fieldMessage.replace("must not contain", "holds"));
        this.fieldMessage = fieldMessage;
    }

    /** What the problem says of the member. */
    public String fieldMessage() {
        return fieldMessage;
    }
}
