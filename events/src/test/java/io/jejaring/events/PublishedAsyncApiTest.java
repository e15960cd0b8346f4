package io.jejaring.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/api/asyncapi.yaml, for people who read the events without the code, is the document this module ships, with
 * the schema files it refers to beside it at the same relative paths.
 */
class PublishedAsyncApiTest {

    private static final Path DOCS = Path.of("..", "docs", "api");
    private static final String REFRESH = "refresh it with: cp events/src/main/resources/asyncapi.yaml docs/api/ && mkdir -p"
            + " docs/api/io/jejaring/events/schemas && cp events/src/main/resources/io/jejaring/events/schemas/*.json"
            + " docs/api/io/jejaring/events/schemas/";
    private static final Pattern FILE_REF = Pattern.compile("\\$ref: '\\./([^'#]+)'");

    @Test
    void thePublishedCopyInDocsApiIsCurrent() throws IOException {
        String asyncApi = shipped("asyncapi.yaml");
        List<String> files = new ArrayList<>(List.of("asyncapi.yaml"));
        Matcher refs = FILE_REF.matcher(asyncApi);
        while (refs.find()) {
            files.add(refs.group(1));
        }
        assertFalse(files.size() == 1, "asyncapi.yaml refers to its schema files");
        for (String file : files) {
            Path published = DOCS.resolve(file);
            assertTrue(Files.exists(published), "docs/api/" + file + " is missing; " + REFRESH);
            assertEquals(shipped(file), Files.readString(published),
                    "docs/api/" + file + " differs from the events module's; " + REFRESH);
        }
    }

    private static String shipped(String file) throws IOException {
        try (InputStream in = PublishedAsyncApiTest.class.getResourceAsStream("/" + file)) {
            assertTrue(in != null, file + " is not in the events module");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
