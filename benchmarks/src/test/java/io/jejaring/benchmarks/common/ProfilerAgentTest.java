package io.jejaring.benchmarks.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ProfilerAgentTest {

    @Test
    void picksTheLibraryOfThePlatform() {
        assertThat(ProfilerAgent.library("Linux", "amd64")).isEqualTo("linux-x64/libasyncProfiler.so");
        assertThat(ProfilerAgent.library("Linux", "aarch64")).isEqualTo("linux-arm64/libasyncProfiler.so");
        assertThat(ProfilerAgent.library("Mac OS X", "aarch64")).isEqualTo("macos/libasyncProfiler.so");
        assertThatThrownBy(() -> ProfilerAgent.library("Windows 11", "amd64"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Windows 11");
    }

    @Test
    void recordsCpuEveryMillisecondAndAllocationsIntoOneRecordingPerServiceInChunksOfHalfAMinute() {
        assertThat(ProfilerAgent.option(Path.of("/lib/libasyncProfiler.so"), Path.of("/profiles")))
                .isEqualTo("-agentpath:/lib/libasyncProfiler.so=start,event=cpu,interval=1000000,alloc,chunktime=30,"
                        + "file=/profiles/{service}.jfr");
    }
}
