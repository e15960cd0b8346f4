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

/** Each app's Dockerfile.jvm packages exactly what `mvn package` builds, and runs as the pods expect. */
class DockerfileTest {

    static final List<String> SERVICES = Repo.APPS;

    /** Quarkus's fast-jar layout: what target/quarkus-app holds, and the image must carry. */
    private static final Set<String> FAST_JAR = Set.of("lib/", "app/", "quarkus/", "quarkus-run.jar");
    /** Written next to the fast-jar by the build, but read by nothing at run time. */
    private static final Set<String> BUILD_REPORTS = Set.of("quarkus-app-dependencies.txt");

    private static final String BUILD_OUTPUT = "target/quarkus-app/";
    private static final Pattern COPY = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+(\\S+)\\s*$");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)\\s*$");
    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");
    private static final Pattern JAVA_OPTS = Pattern.compile("(?m)^ENV JAVA_OPTS=\"([^\"]*)\"");
    private static final Pattern STAGE_NAME = Pattern.compile("^FROM \\S+ AS (\\S+)");
    private static final String JAVA = "/opt/java/openjdk/bin/java";
    private static final String OPTIONS_FILE = "/deployments/jvm.options";

    @ParameterizedTest
    @FieldSource("SERVICES")
    void copiesExactlyTheFastJarLayout(String service) throws IOException {
        Set<String> trained = copiedParts(service, stage(service, 0));
        Set<String> shipped = copiedParts(service, finalStage(service));
        assertThat(shipped).as("parts copied into %s's image", service).containsExactlyInAnyOrderElementsOf(FAST_JAR);
        // The AOT cache is trained on the very files the image ships, or the JVM would set it aside.
        assertThat(trained).as("parts %s's AOT cache is trained on", service).isEqualTo(shipped);

        // Where the service has been built, the layout on disk is the one copied, no more and no less.
        Path built = Repo.service(service).resolve(BUILD_OUTPUT);
        if (Files.isDirectory(built)) {
            Set<String> onDisk = new TreeSet<>();
            try (Stream<Path> entries = Files.list(built)) {
                entries.forEach(p -> onDisk.add(p.getFileName() + (Files.isDirectory(p) ? "/" : "")));
            }
            onDisk.removeAll(BUILD_REPORTS);
            assertThat(shipped).as("%s's Dockerfile.jvm against %s", service, built).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theImageHasNoShellNorPackageManagerOnlyTheRuntimeItGathered(String service) {
        String image = finalStage(service);
        assertThat(image).as("the final stage of %s", service).startsWith("FROM scratch\n");
        // With nothing but the JVM inside, the image can run no command at build time either.
        assertThat(image).as("RUN in the final stage of %s", service).doesNotContainPattern("(?m)^RUN ");
        assertThat(image).contains("COPY --from=" + stageName(stage(service, 0)) + " /rootfs/ /\n");
        // the root filesystem holds the JRE, the C libraries it links against, and nothing with a shell
        assertThat(stage(service, 0)).contains("cp -rLp /opt/java/openjdk /rootfs/opt/java/").contains("-exec ldd {} +")
                .contains("mkdir -m 1777 /rootfs/tmp");
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
    void startsTheFastJarInExecFormWithTheOptionsItWasTrainedWithAndListensOnTheContainerPort(String service) {
        String dockerfile = dockerfile(service);
        // No shell between the container and java: java is PID 1 and gets SIGTERM itself.
        assertThat(finalStage(service)).containsPattern("(?m)^ENTRYPOINT \\[\"" + Pattern.quote(JAVA) + "\", \"@"
                + Pattern.quote(OPTIONS_FILE) + "\", \"-jar\", \"/deployments/quarkus-run.jar\"\\]$");
        // The options file is written from the options the AOT cache was trained with, plus the cache itself; the
        // training alone has the larger metaspace that assembling a cache over 128 MiB needs.
        assertThat(dockerfile).contains("printf '%s\\n' $JAVA_OPTS $JAVA_AOT_OPTS > /rootfs" + OPTIONS_FILE + ";")
                .contains("timeout -s TERM 300 java $JAVA_OPTS -XX:MaxMetaspaceSize=256m -XX:AOTCacheOutput=");
        assertThat(finalStage(service)).contains("EXPOSE 8080").contains("QUARKUS_HTTP_PORT=8080");
        for (String overlay : Repo.OVERLAYS) {
            JsonNode container = Manifests.container(Manifests.of(overlay).deployment(service));
            assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(8080);
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void sizesTheHeapOnceToTheContainersMemory(String service) {
        List<String> heapOptions = Stream.of(javaOpts(service).split("\\s+"))
                .filter(option -> option.startsWith("-Xmx") || option.startsWith("-Xms") || option.contains("RAMPercentage")
                        || option.contains("MaxHeapSize") || option.contains("InitialHeapSize"))
                .toList();
        assertThat(heapOptions).as("heap options of %s", service).hasSize(1);
        Matcher percent = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(heapOptions.get(0));
        assertThat(percent.matches()).as("heap option of %s: %s", service, heapOptions.get(0)).isTrue();
        // About half: metaspace, code cache, threads and Kafka/Netty buffers need the rest of the limit.
        assertThat(Integer.parseInt(percent.group(1))).as("heap share of %s", service).isBetween(30, 60);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void startsTheJvmInUtcWhateverTheNodesZone(String service) {
        assertThat(javaOpts(service).split("\\s+")).as("JAVA_OPTS of %s", service).contains("-Duser.timezone=UTC");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theBaseImageIsPinnedByDigestAndNamesNoRegistryHost(String service) {
        Matcher from = FROM.matcher(dockerfile(service));
        while (from.find()) {
            String image = from.group(1);
            if (image.equals("scratch")) {
                continue;
            }
            String first = image.split("/")[0];
            assertThat(image.contains("/") && (first.contains(".") || first.contains(":"))).as("registry host in %s", image).isFalse();
            // The tag says which runtime; the digest makes a rebuild take exactly that one.
            assertThat(image).as("base image of %s", service).matches("[a-z0-9./_-]+:[\\w.-]+@sha256:[0-9a-f]{64}");
        }
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
                .contains("cp " + cache + " /rootfs" + cache.substring(0, cache.lastIndexOf('/') + 1) + ";");
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

    /** The parts of the fast-jar a stage copies from the build context, checking where each goes. */
    private static Set<String> copiedParts(String service, String stage) {
        Set<String> copied = new TreeSet<>();
        Matcher m = COPY.matcher(stage);
        while (m.find()) {
            if (m.group(0).startsWith("COPY --from=")) {
                continue;
            }
            assertThat(m.group(1)).as("COPY source in %s", service).startsWith(BUILD_OUTPUT);
            String part = m.group(1).substring(BUILD_OUTPUT.length());
            assertThat(m.group(2)).as("destination of %s", part).isEqualTo("/deployments/" + (part.endsWith("/") ? part : ""));
            copied.add(part);
        }
        return copied;
    }

    /** The stages of a Dockerfile, each from its FROM line up to the next. */
    private static List<String> stages(String service) {
        String[] parts = dockerfile(service).split("(?m)^(?=FROM )");
        return Stream.of(parts).skip(1).toList();
    }

    private static String stage(String service, int index) {
        return stages(service).get(index);
    }

    private static String finalStage(String service) {
        List<String> stages = stages(service);
        return stages.get(stages.size() - 1);
    }

    private static String stageName(String stage) {
        Matcher name = STAGE_NAME.matcher(stage);
        assertThat(name.find()).as("a named stage: %s", stage.lines().findFirst().orElse("")).isTrue();
        return name.group(1);
    }

    private static String dockerfile(String service) {
        return Repo.read(Repo.service(service).resolve("src/main/docker/Dockerfile.jvm"));
    }
}
