package org.iwtraining.conventions.input;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every JSON string a service reads (members, list elements, arrays of text) is refused when it holds a NUL
 * character or half of a surrogate pair; the problem names the member ({@code ProblemMappers}).
 */
@Singleton
public class NulRejectingStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /** The module on its own, for a mapper Quarkus does not build. */
    public static SimpleModule module() {
        return new SimpleModule("nul-rejecting-strings").addDeserializer(String.class, new Strings());
    }

    static final class Strings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (NulCharacters.in(text)) {
                throw new NulCharacterException(parser, NulCharacters.MESSAGE);
            }
            if (NulCharacters.unpairedSurrogateIn(text)) {
                throw new NulCharacterException(parser, NulCharacters.UNPAIRED_SURROGATE);
            }
            return text;
        }
    }
}
