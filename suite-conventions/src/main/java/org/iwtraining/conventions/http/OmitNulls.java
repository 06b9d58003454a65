package org.iwtraining.conventions.http;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The conventions' "nulls" row, once for every service: a member with no value is omitted from every JSON body
 * the service writes (responses, outbox payloads, requests to the other services), never sent as {@code null};
 * the OpenAPI schemas say which members are always present ({@code required}). A paging body's {@code next} is
 * therefore absent on the last page.
 */
@Singleton
public class OmitNulls implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The same setting on a mapper Quarkus does not build. */
    public static ObjectMapper apply(ObjectMapper mapper) {
        return mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.NON_NULL));
    }
}
