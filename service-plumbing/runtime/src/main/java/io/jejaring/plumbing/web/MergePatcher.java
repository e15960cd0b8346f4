package io.jejaring.plumbing.web;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jejaring.plumbing.problem.JsonProblems;
import io.jejaring.plumbing.problem.ProblemException;

/**
 * PATCH for any resource: the merge patch is applied to the resource's current request form, and the result is
 * read and validated exactly as a PUT body would be, so both answer the same 400s.
 */
@ApplicationScoped
public class MergePatcher {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        ObjectNode patched = MergePatch.apply(json.valueToTree(current), patch);
        T result;
        try {
            result = json.treeToValue(patched, type);
        } catch (JsonProcessingException e) {
            throw new ProblemException(JsonProblems.of(e));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }
}
