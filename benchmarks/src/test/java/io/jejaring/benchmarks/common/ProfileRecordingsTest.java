package io.jejaring.benchmarks.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileRecordingsTest {

    @TempDir
    Path dir;

    @Test
    void movesAFinishedRecordingIntoItsPhasesFolderSoTheNextStartCannotOverwriteIt() throws Exception {
        Files.writeString(dir.resolve("insights-service.jfr"), "reads");
        Files.writeString(dir.resolve("contacts-service.jfr"), "other");

        new ProfileRecordings(dir).keep("insights-service", "reads");

        assertThat(dir.resolve("insights-service.jfr")).doesNotExist();
        assertThat(dir.resolve("reads/insights-service.jfr")).hasContent("reads");
        assertThat(dir.resolve("contacts-service.jfr")).hasContent("other");
    }

    @Test
    void leavesEverythingAloneWhenTheRunIsNotProfiledOrTheServiceRecordedNothing() {
        new ProfileRecordings(null).keep("insights-service", "reads");
        new ProfileRecordings(dir).keep("insights-service", "reads");

        assertThat(dir.resolve("reads")).doesNotExist();
    }
}
