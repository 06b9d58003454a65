package org.iwtraining.conventions.audit;

import java.lang.reflect.Method;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code Cache-Control: no-store} on every answer of an operation that leaves an audit row ({@link Audited}: the
 * changes and the reads of personal data) and of {@code GET /audit}, whatever its status, so that no browser or
 * proxy keeps a copy of what the audit trail says was read.
 */
@Provider
public class NoStoreFilter implements ContainerResponseFilter {

    static final String NO_STORE = "no-store";

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null && concernsPeople(method)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }

    static boolean concernsPeople(Method method) {
        Class<?> type = method.getDeclaringClass();
        return method.isAnnotationPresent(Audited.class) || type.isAnnotationPresent(Audited.class)
                || type == AuditResource.class;
    }
}
