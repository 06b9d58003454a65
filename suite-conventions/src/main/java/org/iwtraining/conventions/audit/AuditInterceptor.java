package org.iwtraining.conventions.audit;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.iwtraining.conventions.paging.Page;
import org.iwtraining.conventions.problem.ApiException;
import org.iwtraining.conventions.problem.DomainException;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Opens the audit row of an {@link Audited} operation (who, which operation, which record and person) before it
 * runs, and completes it with the people its answer concerned and its status once it has. A failed change
 * rolled its transaction back, row and all: its row is then written on its own, with the refusal's status.
 */
@Audited(kind = "")
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 10)
public class AuditInterceptor {

    private final AuditContext context;
    private final AuditTrail trail;
    private final SecurityIdentity identity;
    private final Clock clock;

    public AuditInterceptor(AuditContext context, AuditTrail trail, SecurityIdentity identity, Clock clock) {
        this.context = context;
        this.trail = trail;
        this.identity = identity;
        this.clock = clock;
    }

    @AroundInvoke
    Object audit(InvocationContext invocation) throws Exception {
        Audited spec = spec(invocation.getMethod());
        AuditEntry opening = opening(invocation, spec);
        // a read recorded only when it showed people's data: a failed one showed none
        boolean onlyWithPeople = spec.onlyWhenConcerningPeople() && !opening.change();
        context.begin(opening);
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception e) {
            if (!onlyWithPeople) {
                trail.writeAlone(context.entry(statusOf(e)));
            }
            throw e;
        }
        Set<String> people = peopleIn(result);
        people.forEach(context::concerns);
        AuditEntry answered = context.entry(statusOf(result));
        // the change's transaction wrote the row with its outcome already (a round trip and a commit saved)
        if ((!onlyWithPeople || !people.isEmpty()) && !context.committedAs(answered)) {
            trail.writeAlone(answered);
        }
        return result;
    }

    private static Audited spec(Method method) {
        return method.isAnnotationPresent(Audited.class) ? method.getAnnotation(Audited.class)
                : method.getDeclaringClass().getAnnotation(Audited.class);
    }

    private AuditEntry opening(InvocationContext invocation, Audited spec) {
        Method method = invocation.getMethod();
        String recordId = argument(invocation, spec.id());
        String personId = argument(invocation, spec.person());
        boolean anonymous = identity.isAnonymous();
        JsonWebToken token = !anonymous && identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        String subject = anonymous ? null : token != null && token.getSubject() != null ? token.getSubject()
                : identity.getPrincipal().getName();
        String clientId = token == null ? null : firstClaim(token, "azp", "client_id");
        return new AuditEntry(UUID.randomUUID(), clock.instant(), subject, Set.copyOf(identity.getRoles()), clientId,
                operation(method), isChange(method), spec.kind(), recordId,
                personId == null ? Set.of() : Set.of(personId), null);
    }

    private static String firstClaim(JsonWebToken token, String... names) {
        for (String name : names) {
            Object value = token.getClaim(name);
            if (value != null) {
                return value.toString();
            }
        }
        return null;
    }

    private static String argument(InvocationContext invocation, String name) {
        if (name.isEmpty()) {
            return null;
        }
        Parameter[] parameters = invocation.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].getName().equals(name)) {
                Object value = invocation.getParameters()[i];
                return value == null ? null : value.toString();
            }
        }
        throw new IllegalStateException("@Audited names a parameter '" + name + "' that " + invocation.getMethod() + " lacks");
    }

    /** {@code PUT /people/{hrId}}: the method and the path template, never the path with its ids filled in. */
    static String operation(Method method) {
        String verb = "?";
        for (var annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                verb = http.value();
            }
        }
        Path base = method.getDeclaringClass().getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        String path = (base == null ? "" : base.value()) + (own == null ? "" : "/" + own.value());
        return verb + " " + path.replaceAll("/+", "/");
    }

    private static boolean isChange(Method method) {
        return !method.isAnnotationPresent(GET.class) && !method.isAnnotationPresent(HEAD.class);
    }

    static int statusOf(Object result) {
        if (result instanceof RestResponse<?> response) {
            return response.getStatus();
        }
        if (result instanceof Response response) {
            return response.getStatus();
        }
        return result == null ? 204 : 200;
    }

    static int statusOf(Exception e) {
        if (e instanceof DomainException refusal) {
            return refusal.toProblem().getStatus();
        }
        if (e instanceof ApiException refusal) {
            return refusal.status();
        }
        if (e instanceof WebApplicationException web) {
            return web.getResponse().getStatus();
        }
        if (e instanceof UnauthorizedException) {
            return 401;
        }
        if (e instanceof ForbiddenException) {
            return 403;
        }
        return 500;
    }

    /** The people a view, a page or a list of views concerned. */
    static Set<String> peopleIn(Object result) {
        Set<String> people = new LinkedHashSet<>();
        Object body = result instanceof RestResponse<?> response ? response.getEntity()
                : result instanceof Response response ? response.getEntity() : result;
        Collection<?> items = body instanceof Page<?> page ? page.items() : body instanceof Collection<?> list ? list : null;
        if (items != null) {
            items.forEach(item -> {
                if (item instanceof ConcernsPeople view) {
                    people.addAll(view.personIds());
                }
            });
        } else if (body instanceof ConcernsPeople view) {
            people.addAll(view.personIds());
        }
        return people;
    }
}
