package io.jejaring.events;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract every test checks against, and assertions on its violations. */
final class ContractAssertions {

    static final EventContract CONTRACT = EventContract.load();

    private ContractAssertions() {
    }

    static void assertValid(String type, String json) {
        assertEquals(List.of(), CONTRACT.violations(type, json), json);
    }

    static List<String> assertReported(String type, String json, String expectedFragment) {
        List<String> problems = CONTRACT.violations(type, json);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expectedFragment)),
                () -> "expected a violation mentioning '" + expectedFragment + "' but got " + problems);
        return problems;
    }
}
