package io.jejaring.insights.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Someone to reach out to this week, with the reasons: a code, the numbers behind it, and a sentence. */
public record Suggestion(UUID contactId, double priority, int layer, Double overdueRatio, List<Reason> reasons) {

    /** No names or descriptions: clients resolve the contact's name through contacts-service. */
    public record Reason(String code, Map<String, Number> numbers, String text) {
    }
}
