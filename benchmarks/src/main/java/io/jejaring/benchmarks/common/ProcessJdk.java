package io.jejaring.benchmarks.common;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Which JDK a service's JVM runs on, read from the process itself: its executable's JDK ({@code release} file) and
 * whether it was started with a class-data or AOT cache. The launcher picks the JDK, so this names what it picked.
 */
public final class ProcessJdk {

    private ProcessJdk() {
    }

    /** The JDK of the running process {@code pid}, as {@link #describe(Properties, List)} says it; "unknown JDK" if unreadable. */
    public static String of(long pid) {
        Optional<ProcessHandle.Info> info = ProcessHandle.of(pid).map(ProcessHandle::info);
        Optional<String> command = info.flatMap(ProcessHandle.Info::command);
        if (command.isEmpty()) {
            return "unknown JDK";
        }
        Properties release = new Properties();
        try {
            Path home = Path.of(command.get()).toRealPath().getParent().getParent();
            try (Reader in = Files.newBufferedReader(home.resolve("release"))) {
                release.load(in);
            }
        } catch (IOException | RuntimeException e) {
            // no release file: the version stays unknown
        }
        return describe(release, info.flatMap(ProcessHandle.Info::arguments).map(List::of).orElse(List.of()));
    }

    /** "JDK 25.0.1 (Eclipse Adoptium), with an AOT cache", from a JDK's {@code release} file and the JVM's arguments. */
    static String describe(Properties release, List<String> arguments) {
        String version = unquoted(release.getProperty("JAVA_VERSION"));
        String vendor = unquoted(release.getProperty("IMPLEMENTOR"));
        StringBuilder jdk = new StringBuilder(version == null ? "unknown JDK" : "JDK " + version);
        if (vendor != null) {
            jdk.append(" (").append(vendor).append(')');
        }
        if (arguments.stream().anyMatch(argument -> argument.startsWith("-XX:AOTCache="))) {
            jdk.append(", with an AOT cache");
        } else if (arguments.stream().anyMatch(argument -> argument.startsWith("-XX:SharedArchiveFile="))) {
            jdk.append(", with a CDS archive");
        }
        return jdk.toString();
    }

    private static String unquoted(String value) {
        return value == null ? null : value.replace("\"", "").strip();
    }
}
