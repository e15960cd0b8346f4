package io.jejaring.plumbing.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The media types each resource method accepts, read from its {@code @Consumes} (or its class's), so that a 415
 * can name what the endpoint takes instead of a fixed guess. The router's own exception carries no such list.
 */
final class AcceptedMediaTypes {

    private record Endpoint(String httpMethod, Pattern path, List<String> consumes) {
    }

    private final List<Endpoint> endpoints;

    private AcceptedMediaTypes(List<Endpoint> endpoints) {
        this.endpoints = endpoints;
    }

    /** Indexes the resource methods of the given classes; classes without {@code @Path} are skipped. */
    static AcceptedMediaTypes of(Collection<Class<?>> classes) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : classes) {
            Class<?> resource = resourceClass(type);
            if (resource == null) {
                continue;
            }
            String base = resource.getAnnotation(Path.class).value();
            Consumes classConsumes = resource.getAnnotation(Consumes.class);
            // Reflection's method order is unspecified; by name, the hint reads the same on every start.
            Method[] methods = resource.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method method : methods) {
                String httpMethod = httpMethod(method);
                Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                        : classConsumes;
                if (httpMethod == null || consumes == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                endpoints.add(new Endpoint(httpMethod, template(base + "/" + (sub == null ? "" : sub.value())),
                        mediaTypes(consumes)));
            }
        }
        return new AcceptedMediaTypes(List.copyOf(endpoints));
    }

    /** The types accepted by {@code method} on {@code path}, in declaration order; empty when none is declared. */
    List<String> forRequest(String method, String path) {
        Set<String> accepted = new LinkedHashSet<>();
        String normalized = normalize(path);
        for (Endpoint endpoint : endpoints) {
            if (endpoint.httpMethod().equals(method) && endpoint.path().matcher(normalized).matches()) {
                accepted.addAll(endpoint.consumes());
            }
        }
        return List.copyOf(accepted);
    }

    /** "send a", "send a or b", "send a, b or c". */
    static String sendHint(List<String> types) {
        if (types.size() == 1) {
            return "send " + types.get(0);
        }
        return "send " + String.join(", ", types.subList(0, types.size() - 1)) + " or " + types.get(types.size() - 1);
    }

    /** The class carrying {@code @Path}: the type itself or, for a CDI subclass, a superclass. */
    private static Class<?> resourceClass(Class<?> type) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            if (current.isAnnotationPresent(Path.class)) {
                return current;
            }
        }
        return null;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static List<String> mediaTypes(Consumes consumes) {
        return Arrays.stream(consumes.value()).flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(type -> !type.isEmpty()).toList();
    }

    /** {@code /api/v1/contacts/{id}} as a pattern; {@code {name: regex}} keeps its regex. */
    static Pattern template(String path) {
        String normalized = normalize(path);
        StringBuilder regex = new StringBuilder();
        int at = 0;
        while (at < normalized.length()) {
            int open = normalized.indexOf('{', at);
            if (open < 0) {
                regex.append(Pattern.quote(normalized.substring(at)));
                break;
            }
            regex.append(Pattern.quote(normalized.substring(at, open)));
            int close = closingBrace(normalized, open);
            String variable = normalized.substring(open + 1, close);
            int colon = variable.indexOf(':');
            regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).trim()).append(')');
            at = close + 1;
        }
        return Pattern.compile(regex.toString());
    }

    private static int closingBrace(String path, int open) {
        int depth = 0;
        for (int i = open; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in @Path " + path);
    }

    /** One leading slash, no doubled or trailing ones. */
    private static String normalize(String path) {
        String collapsed = ("/" + path).replaceAll("/+", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/") ? collapsed.substring(0, collapsed.length() - 1)
                : collapsed;
    }
}
