package io.jejaring.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Data for a page's script, written into a {@code <script type="application/json">} block: the browser never runs
 * it (the CSP allows no inline script), the page's own script reads it, and no {@code <} can end the element early.
 */
@ApplicationScoped
public class ScriptJson {

    @Inject
    ObjectMapper json;

    public String of(Object data) {
        try {
            return json.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a page's script data could not be written as JSON", e);
        }
    }
}
