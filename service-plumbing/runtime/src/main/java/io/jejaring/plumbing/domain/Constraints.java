package io.jejaring.plumbing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/** Bean Validation for values the domain receives other than as a request body, such as the items of a backup. */
public final class Constraints {

    private Constraints() {
    }

    /** Fails with 400, naming each invalid field, when the value breaks its constraints. */
    public static void require(Validator validator, Object value) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(value)) {
            errors.add(new FieldError(field(violation.getPropertyPath()), violation.getMessage()));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw DomainException.invalid("invalid fields", errors);
        }
    }

    /** The field a violation is about, as a client names it: {@code emails[1].address}, without method or parameter. */
    public static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int start = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            start = 1;
        }
        if (nodes.size() > start + 1 && nodes.get(start).getKind() == ElementKind.PARAMETER) {
            start++;
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(start, nodes.size())) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
