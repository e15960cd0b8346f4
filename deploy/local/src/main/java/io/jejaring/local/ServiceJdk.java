package io.jejaring.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.jejaring.localinfra.StackException;

/**
 * The JDK the services run on. The build and the launcher need only 17, but a JDK 25 or later starts the services
 * about twice as fast from an AOT cache (JEP 483/515), so the launcher looks for one: {@code JAVA_HOME}, then
 * {@code PATH}, then the usual Linux install folders. {@code JEJARING_JAVA_HOME} names the JDK outright.
 */
public record ServiceJdk(Path home, String version) {

    /** The first release with the AOT cache of JEP 483 and the one-step training of JEP 514. */
    public static final int AOT_RELEASE = 25;
    static final int NATIVE_TRIM_RELEASE = 22;
    static final String OVERRIDE = "JEJARING_JAVA_HOME";
    static final List<Path> INSTALL_FOLDERS = List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"));

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"([^\"]+)\"");

    /** The JDK for the services on this machine: a 25+ if there is one, else the launcher's own. */
    public static ServiceJdk forServices() {
        return choose(System.getenv(), INSTALL_FOLDERS, Path.of(System.getProperty("java.home")));
    }

    static ServiceJdk choose(Map<String, String> environment, List<Path> installFolders, Path launcherHome) {
        String override = environment.get(OVERRIDE);
        if (override != null && !override.isBlank()) {
            return of(Path.of(override)).orElseThrow(() -> new StackException(
                    OVERRIDE + "=" + override + " is not a JDK (no bin/java and release file)"));
        }
        return candidates(environment, installFolders).stream()
                .map(ServiceJdk::of).flatMap(Optional::stream)
                .filter(ServiceJdk::hasAotCache)
                .findFirst()
                .or(() -> of(launcherHome))
                .orElse(new ServiceJdk(launcherHome, System.getProperty("java.version")));
    }

    /** JAVA_HOME, then each java on the PATH, then the install folders' JDKs, newest first. */
    static List<Path> candidates(Map<String, String> environment, List<Path> installFolders) {
        List<Path> candidates = new ArrayList<>();
        String javaHome = environment.get("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        for (String entry : environment.getOrDefault("PATH", "").split(":")) {
            Path java = entry.isEmpty() ? null : Path.of(entry, "java");
            if (java != null && Files.isExecutable(java)) {
                try {
                    candidates.add(java.toRealPath().getParent().getParent());
                } catch (IOException e) {
                    // a dangling link: not a JDK
                }
            }
        }
        for (Path folder : installFolders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> homes = Files.list(folder)) {
                    homes.map(ServiceJdk::of).flatMap(Optional::stream)
                            .sorted(Comparator.comparingInt(ServiceJdk::major).reversed())
                            .forEach(jdk -> candidates.add(jdk.home()));
                } catch (IOException e) {
                    // unreadable folder: nothing to find there
                }
            }
        }
        return candidates;
    }

    /** A JDK (or JRE) home, read from its {@code release} file; empty if the folder is none. */
    static Optional<ServiceJdk> of(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher version = JAVA_VERSION.matcher(Files.readString(release));
            return version.find() ? Optional.of(new ServiceJdk(home.toAbsolutePath().normalize(), version.group(1)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The feature release: 17 for "17.0.12", 8 for "1.8.0_402". */
    public int major() {
        String[] parts = version.split("[._+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Every 5 s, malloc's freed memory back to the OS (the C2 compiler's arenas peak at ~30 MB per service). A product
     * flag from JDK 22 (backported to some 17 and 21 updates only): an older JDK would refuse to start with it.
     */
    public List<String> nativeMemoryOptions() {
        return major() >= NATIVE_TRIM_RELEASE ? List.of("-XX:TrimNativeHeapInterval=5000") : List.of();
    }

    public boolean hasAotCache() {
        return major() >= AOT_RELEASE;
    }

    public String java() {
        return home.resolve("bin/java").toString();
    }
}
