package io.jejaring.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Each service's Dockerfile.jvm packages exactly what `mvn package` builds, and runs as the pods expect. */
class DockerfileTest {

    static final List<String> SERVICES = Repo.SERVICES;

    /** Quarkus's fast-jar layout: what target/quarkus-app holds, and the image must carry. */
    private static final Set<String> FAST_JAR = Set.of("lib/", "app/", "quarkus/", "quarkus-run.jar");
    /** Written next to the fast-jar by the build, but read by nothing at run time. */
    private static final Set<String> BUILD_REPORTS = Set.of("quarkus-app-dependencies.txt");

    private static final String BUILD_OUTPUT = "target/quarkus-app/";
    private static final Pattern COPY = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+(\\S+)\\s*$");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)\\s*$");
    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");
    private static final Pattern JAVA_OPTS = Pattern.compile("(?m)^ENV JAVA_OPTS=\"([^\"]*)\"");

    @ParameterizedTest
    @FieldSource("SERVICES")
    void copiesExactlyTheFastJarLayout(String service) throws IOException {
        String dockerfile = dockerfile(service);
        Set<String> copied = new TreeSet<>();
        Matcher m = COPY.matcher(dockerfile);
        while (m.find()) {
            assertThat(m.group(1)).as("COPY source in %s", service).startsWith(BUILD_OUTPUT);
            String part = m.group(1).substring(BUILD_OUTPUT.length());
            assertThat(m.group(2)).as("destination of %s", part).isEqualTo("/deployments/" + (part.endsWith("/") ? part : ""));
            copied.add(part);
        }
        assertThat(copied).as("parts copied by %s's Dockerfile.jvm", service).containsExactlyInAnyOrderElementsOf(FAST_JAR);

        // Where the service has been built, the layout on disk is the one copied, no more and no less.
        Path built = Repo.service(service).resolve(BUILD_OUTPUT);
        if (Files.isDirectory(built)) {
            Set<String> onDisk = new TreeSet<>();
            try (Stream<Path> entries = Files.list(built)) {
                entries.forEach(p -> onDisk.add(p.getFileName() + (Files.isDirectory(p) ? "/" : "")));
            }
            onDisk.removeAll(BUILD_REPORTS);
            assertThat(copied).as("%s's Dockerfile.jvm against %s", service, built).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void runsAsTheNumericNonRootUserThePodsDeclare(String service) {
        Matcher user = USER.matcher(dockerfile(service));
        List<String> users = new ArrayList<>();
        while (user.find()) {
            users.add(user.group(1));
        }
        assertThat(users).as("USER lines of %s", service).isNotEmpty();
        String last = users.get(users.size() - 1);
        // Numeric, so the kubelet can check runAsNonRoot without a passwd file.
        assertThat(last).as("final USER of %s", service).matches("[1-9][0-9]*");
        for (String overlay : Repo.OVERLAYS) {
            JsonNode pod = Manifests.of(overlay).deployment(service).path("spec").path("template").path("spec");
            assertThat(pod.path("securityContext").path("runAsUser").asText()).as("runAsUser of %s in %s", service, overlay)
                    .isEqualTo(last);
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void startsTheFastJarWithTheDeploymentsJvmOptionsAndListensOnTheContainerPort(String service) {
        String dockerfile = dockerfile(service);
        assertThat(dockerfile).contains("-jar /deployments/quarkus-run.jar").contains("$JAVA_OPTS_APPEND").contains("exec java");
        assertThat(dockerfile).contains("EXPOSE 8080").contains("QUARKUS_HTTP_PORT=8080");
        for (String overlay : Repo.OVERLAYS) {
            JsonNode container = Manifests.container(Manifests.of(overlay).deployment(service));
            assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(8080);
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void startsTheJvmInUtcWhateverTheNodesZone(String service) {
        assertThat(javaOpts(service).split("\\s+")).as("JAVA_OPTS of %s", service).contains("-Duser.timezone=UTC");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theBaseImageNamesNoRegistryHost(String service) {
        Matcher from = FROM.matcher(dockerfile(service));
        assertThat(from.find()).isTrue();
        String image = from.group(1);
        String first = image.split("/")[0];
        assertThat(image.contains("/") && (first.contains(".") || first.contains(":"))).as("registry host in %s", image).isFalse();
        assertThat(image).as("tag of %s", image).contains(":").doesNotEndWith(":latest");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void runsOnJdk25OrLaterFromTheAotCacheItTrainedAtBuild(String service) {
        String dockerfile = dockerfile(service);
        Matcher from = FROM.matcher(dockerfile);
        assertThat(from.find()).isTrue();
        Matcher release = Pattern.compile(":(\\d+)").matcher(from.group(1));
        assertThat(release.find()).as("JDK release in %s", from.group(1)).isTrue();
        assertThat(Integer.parseInt(release.group(1))).as("JDK release of %s's image", service).isGreaterThanOrEqualTo(25);

        Matcher trained = Pattern.compile("(?m)^RUN .*-XX:AOTCacheOutput=(\\S+)").matcher(dockerfile);
        assertThat(trained.find()).as("a RUN that trains the AOT cache in %s", service).isTrue();
        String cache = trained.group(1);
        assertThat(dockerfile).as("the image starts from the cache it trained")
                .containsPattern("(?m)^ENV JAVA_AOT_OPTS=\"-XX:AOTCache=" + Pattern.quote(cache) + "\"$")
                .contains("exec java $JAVA_OPTS $JAVA_AOT_OPTS $JAVA_OPTS_APPEND");
        // trained as root, before the final USER, so the running user can read it but never change it
        assertThat(dockerfile.indexOf("-XX:AOTCacheOutput=")).isLessThan(dockerfile.lastIndexOf("\nUSER "));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void capsEveryPartOfTheJvmsMemoryNotOnlyTheHeap(String service) {
        assertThat(javaOpts(service)).containsPattern("-XX:MaxMetaspaceSize=\\d+m").containsPattern("-XX:ReservedCodeCacheSize=\\d+m")
                .containsPattern("-Xss\\d+k").containsPattern("-XX:MaxDirectMemorySize=\\d+m").contains("-XX:+UseSerialGC");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void givesMemoryBackAfterABurstAsTheLocalLauncherDoes(String service) {
        assertThat(javaOpts(service).split("\\s+")).contains("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-XX:TrimNativeHeapInterval=5000");
        assertThat(dockerfile(service)).containsPattern("(?m)^ENV MALLOC_ARENA_MAX=2$");
    }

    /** The image's default JVM options, its {@code ENV JAVA_OPTS}. */
    private static String javaOpts(String service) {
        Matcher options = JAVA_OPTS.matcher(dockerfile(service));
        assertThat(options.find()).as("ENV JAVA_OPTS in %s", service).isTrue();
        return options.group(1);
    }

    private static String dockerfile(String service) {
        return Repo.read(Repo.service(service).resolve("src/main/docker/Dockerfile.jvm"));
    }
}
