package io.jejaring.plumbing.web;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jejaring.plumbing.domain.FieldError;
import io.jejaring.plumbing.problem.JsonProblems;
import io.jejaring.plumbing.problem.Problem;
import io.jejaring.plumbing.problem.ProblemException;

/**
 * Reads one item of a JSON array in a request body as a type, with the same strict mapper as whole bodies, so that
 * a bad item's 400 names it in full ({@code contacts[3].tier}). Bodies whose items are read as more than one type
 * (a backup's contact is a draft plus its id and creation time) take them as {@code JsonNode}s and use this.
 */
public final class JsonItems {

    private JsonItems() {
    }

    public static <T> T read(ObjectMapper mapper, JsonNode item, Class<T> type, String list, int index) {
        if (item == null || !item.isObject()) {
            String field = list + "[" + index + "]";
            throw new ProblemException(Problem.invalid("invalid value for " + field,
                    List.of(new FieldError(field, "must be a JSON object"))));
        }
        try {
            return mapper.treeToValue(item, type);
        } catch (JsonMappingException failure) {
            failure.prependPath(item, index);
            failure.prependPath(item, list);
            throw new ProblemException(JsonProblems.of(failure));
        } catch (JsonProcessingException failure) {
            throw new ProblemException(JsonProblems.of(failure));
        }
    }
}
