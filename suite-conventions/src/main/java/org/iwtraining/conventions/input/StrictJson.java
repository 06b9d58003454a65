package org.iwtraining.conventions.input;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The JSON every service reads, held to the conventions once for all: a member named twice, nesting deeper
 * than {@value #MAX_DEPTH} or a string longer than {@value #MAX_STRING} characters is malformed; a date or a
 * time ({@code LocalDate}, {@code OffsetDateTime}, {@code Instant}) must be an ISO-8601 string (never a
 * number or an array) in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}. Each refusal is a 400 problem
 * ({@code ProblemMappers}) naming the body or the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int MAX_DEPTH = 64;
    public static final int MAX_STRING = 1_000_000;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    private static final Set<Class<?>> TIMES = Set.of(LocalDate.class, OffsetDateTime.class, Instant.class);

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The same settings on a mapper Quarkus does not build. */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).build());
        mapper.registerModule(module());
        return mapper;
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("strict-times");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return TIMES.contains(description.getBeanClass()) ? new StrictTime(deserializer) : deserializer;
            }
        });
        return module;
    }

    private static final Instant EARLIEST = LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END = LocalDate.of(MAX_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    /** Whether a date or time lies in the years the suite accepts (a date's or a local time's own year; an instant's in UTC). */
    public static boolean inRange(Object value) {
        if (value instanceof LocalDate date) {
            return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
        }
        if (value instanceof OffsetDateTime time) {
            return time.getYear() >= MIN_YEAR && time.getYear() <= MAX_YEAR;
        }
        if (value instanceof Instant instant) {
            return !instant.isBefore(EARLIEST) && instant.isBefore(END);
        }
        return true;
    }

    static final class StrictTime extends DelegatingDeserializer {

        StrictTime(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new StrictTime(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new InputRefusedException(parser, handledType(), FieldMessages.forType(handledType()));
            }
            Object value = super.deserialize(parser, context);
            if (!inRange(value)) {
                throw new InputRefusedException(parser, handledType(),
                        "must be in the years " + MIN_YEAR + " to " + MAX_YEAR);
            }
            return value;
        }
    }
}
