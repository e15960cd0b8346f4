package io.jejaring.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every string is in both languages: a key missing from either file of a bundle fails here. */
class MessageBundlesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    @Test
    void everyBundleHasTheSameKeysInEnglishAndIndonesian() throws IOException {
        List<Path> english;
        try (Stream<Path> files = Files.list(MESSAGES)) {
            english = files.filter(file -> file.getFileName().toString().endsWith("_en.properties")).toList();
        }
        assertThat(english).isNotEmpty();
        for (Path file : english) {
            Path indonesian = file.resolveSibling(file.getFileName().toString().replace("_en.", "_id."));
            assertThat(indonesian).as("the Indonesian file of %s", file.getFileName()).exists();
            assertThat(load(indonesian).stringPropertyNames()).as(indonesian.getFileName().toString())
                    .containsExactlyInAnyOrderElementsOf(load(file).stringPropertyNames());
            assertThat(load(indonesian).values()).as("no empty string in %s", indonesian.getFileName())
                    .allSatisfy(value -> assertThat(value.toString()).isNotBlank());
        }
    }

    @Test
    void noBundleFileIsInAThirdLanguage() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .allSatisfy(name -> assertThat(name).matches("[a-z]+_(en|id)\\.properties"));
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
