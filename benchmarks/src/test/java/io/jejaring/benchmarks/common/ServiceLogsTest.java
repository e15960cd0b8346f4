package io.jejaring.benchmarks.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceLogsTest {

    @Test
    void countsWarningsAndErrorsByKind(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("insights-service.log"), String.join("\n",
                "{\"level\":\"INFO\",\"message\":\"started\"}",
                "{\"level\":\"WARN\",\"message\":\"dead-lettered jejaring.interactions.v1-0@444: IllegalStateException\"}",
                "{\"level\":\"WARN\",\"message\":\"dead-lettered jejaring.interactions.v1-2@17: IllegalStateException\"}",
                "{\"level\":\"ERROR\",\"message\":\"ARJUNA012094: Commit of action id 0:ffff7f000001:a47d invoked\"}",
                "not json at all"));
        Map<String, Map<String, Long>> problems = ServiceLogs.problems(dir, List.of("insights-service", "contacts-service"));
        assertEquals(Map.of(
                "WARN dead-lettered jejaring.interactions.vN-N@N: IllegalStateException", 2L,
                "ERROR ARJUNA012094", 1L), problems.get("insights-service"));
        assertEquals(Map.of(), problems.get("contacts-service"));
    }
}
