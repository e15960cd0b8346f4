package io.jejaring.kubernetes;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Kubernetes label selectors, evaluated against a set of labels. */
final class Selectors {

    private Selectors() {
    }

    /** A LabelSelector ({@code matchLabels} and {@code matchExpressions}); an empty one matches everything. */
    static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isNull()) {
            return false;
        }
        if (!matchesLabels(selector.path("matchLabels"), labels)) {
            return false;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            boolean present = labels.has(key);
            String value = labels.path(key).asText();
            boolean listed = false;
            for (JsonNode v : expression.path("values")) {
                listed |= v.asText().equals(value);
            }
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> present && listed;
                case "NotIn" -> !present || !listed;
                case "Exists" -> present;
                case "DoesNotExist" -> !present;
                default -> throw new IllegalArgumentException("operator " + expression.path("operator"));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A plain map of labels that must all be present (a Service's selector, or matchLabels). */
    static boolean matchesLabels(JsonNode required, JsonNode labels) {
        Iterator<Map.Entry<String, JsonNode>> it = required.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> label = it.next();
            if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
