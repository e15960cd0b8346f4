package io.jejaring.plumbing.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Tells an absent request body from an invalid field: a {@code @NotNull} on the entity parameter of a resource
 * method fails with the Java parameter's name ({@code draft}), which means nothing to a client.
 */
final class MissingBody {

    private static final Set<String> REQUEST_PARAMETER_PACKAGES = Set.of("jakarta.ws.rs",
            "org.jboss.resteasy.reactive");

    private MissingBody() {
    }

    /** True when the violation is a null entity parameter: the method's one parameter that no annotation binds. */
    static boolean is(ConstraintViolation<?> violation) {
        if (violation.getInvalidValue() != null || violation.getRootBeanClass() == null) {
            return false;
        }
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        if (nodes.size() != 2 || nodes.get(0).getKind() != ElementKind.METHOD
                || nodes.get(1).getKind() != ElementKind.PARAMETER) {
            return false;
        }
        Path.MethodNode methodNode = nodes.get(0).as(Path.MethodNode.class);
        int index = nodes.get(1).as(Path.ParameterNode.class).getParameterIndex();
        Method method = find(violation.getRootBeanClass(), methodNode.getName(),
                methodNode.getParameterTypes().toArray(Class<?>[]::new));
        return method != null && index < method.getParameterCount()
                && !boundFromTheRequest(method.getParameterAnnotations()[index]);
    }

    private static Method find(Class<?> type, String name, Class<?>[] parameterTypes) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            try {
                return current.getDeclaredMethod(name, parameterTypes);
            } catch (NoSuchMethodException notHere) {
                // a CDI subclass: look at the resource class it extends
            }
        }
        return null;
    }

    /** {@code @QueryParam}, {@code @PathParam}, {@code @HeaderParam}, {@code @RestQuery}...: not the body. */
    private static boolean boundFromTheRequest(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String pkg = annotation.annotationType().getPackageName();
            if (REQUEST_PARAMETER_PACKAGES.stream().anyMatch(pkg::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
