package org.iwtraining.conventions.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Which methods each path of the service answers, read once from its resource classes (Quarkus REST makes every
 * resource a bean). Quarkus REST answers a wrong method with a 405 that lists no {@code Allow} (RFC 9110 §15.5.6
 * requires it) and an {@code OPTIONS} under any resource class's prefix with that whole class's methods, even for a
 * path no method has; {@link MethodProblems} answers both from this index.
 */
@ApplicationScoped
public class ResourceMethods {

    private record Route(Pattern path, String method) {
    }

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?\\}");

    private final BeanManager beans;
    private volatile List<Route> routes;

    public ResourceMethods(BeanManager beans) {
        this.beans = beans;
    }

    /** The methods that answer this path (relative to the application, e.g. {@code /sessions/1}); empty: none. */
    public Set<String> allowed(String path) {
        String normalised = "/" + strip(path);
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(normalised).matches()) {
                methods.add(route.method());
            }
        }
        if (!methods.isEmpty()) {
            if (methods.contains(HttpMethod.GET)) {
                methods.add(HttpMethod.HEAD);
            }
            methods.add(HttpMethod.OPTIONS);
        }
        return methods;
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = scan();
            routes = known;
        }
        return known;
    }

    private List<Route> scan() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    String verb = verbOf(m);
                    if (verb != null) {
                        Path sub = m.getAnnotation(Path.class);
                        found.add(new Route(pattern(strip(base.value()) + "/" + (sub == null ? "" : strip(sub.value()))), verb));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static String verbOf(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** A JAX-RS path template as a pattern: {@code {id}} is one segment, {@code {p: regex}} its regex. */
    static Pattern pattern(String template) {
        String path = "/" + strip(template);
        StringBuilder regex = new StringBuilder();
        Matcher m = TEMPLATE.matcher(path);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(path.substring(last, m.start())));
            regex.append('(').append(m.group(1) == null ? "[^/]+" : m.group(1).trim()).append(')');
            last = m.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        return Pattern.compile(regex.toString().replace("\\Q\\E", "") + "/?");
    }

    private static String strip(String path) {
        String p = path.replaceAll("/+", "/");
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
