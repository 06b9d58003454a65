package org.iwtraining.conventions.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Conditional GET for every resource at once (RFC 9110 §13.1.2, §13.1.3): a 200 answer to GET or HEAD that carries an
 * {@code ETag} becomes 304 Not Modified, without a body and with the same {@code ETag}, when {@code If-None-Match}
 * names that tag (weak comparison; a list of tags, or {@code *}). Without {@code If-None-Match}, an answer with a
 * {@code Last-Modified} no later than {@code If-Modified-Since} is 304 as well. Resources only set their tag.
 */
@Provider
public class ConditionalGetFilter implements ContainerResponseFilter {

    /** The headers a 304 keeps (§15.4.5); the rest describe the body it leaves out. */
    private static final List<String> KEPT = List.of(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_LOCATION,
            HttpHeaders.DATE, HttpHeaders.EXPIRES, HttpHeaders.VARY, HttpHeaders.LAST_MODIFIED);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (response.getStatus() != 200 || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))) {
            return;
        }
        if (notModified(request, response)) {
            response.setEntity(null);
            response.setStatus(304);
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.keySet().removeIf(name -> name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    || name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
                    || (name.toLowerCase(java.util.Locale.ROOT).startsWith("content-") && KEPT.stream().noneMatch(name::equalsIgnoreCase)));
        }
    }

    private static boolean notModified(ContainerRequestContext request, ContainerResponseContext response) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        EntityTag tag = response.getEntityTag();
        if (ifNoneMatch != null) {
            return tag != null && EntityTags.weakMatch(ifNoneMatch, tag.getValue());
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        Object lastModified = response.getHeaders().getFirst(HttpHeaders.LAST_MODIFIED);
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        Instant since = httpDate(ifModifiedSince);
        Instant modified = lastModified instanceof java.util.Date date ? date.toInstant() : httpDate(lastModified.toString());
        // HTTP dates have whole seconds
        return since != null && modified != null && !modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).isAfter(since);
    }

    private static Instant httpDate(String value) {
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
