package org.iwtraining.conventions.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string with a NUL character: Jackson adds the path of the field as the exception travels up. */
public final class NulCharacterException extends JsonMappingException {

    NulCharacterException(JsonParser parser) {
        super(parser, "a string holds a NUL character");
    }
}
