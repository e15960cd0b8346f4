package io.jejaring.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One service's JDK 25 AOT cache (JEP 483/515) under {@code .jejaring/aot}, named after a key of the service's
 * build and the JDK. A new build gets a new key, so a cache is never used with jars other than the ones it was
 * trained on. The key takes each file's path, size and modification time rather than a hash of its bytes:
 * the JVM itself refuses a cache whose class path jars changed size or time, so a rebuild with equal bytes
 * needs a new cache too, and the key costs a directory walk instead of reading ~80 MB per service.
 */
public record AotCache(Path file) {

    static final String SUFFIX = ".aot";
    static final String TRAINING_METASPACE = "-XX:MaxMetaspaceSize=256m";
    private static final String TRAINING = ".training";

    /** The cache for {@code service} built in {@code appDir} (its target/quarkus-app) and run on {@code jdk}. */
    public static AotCache of(Path cacheDir, String service, Path appDir, ServiceJdk jdk) {
        return new AotCache(cacheDir.resolve(service + "-" + key(appDir, jdk) + SUFFIX));
    }

    /** A short hex key of every file under {@code appDir} (path, size, time) and of the JDK (home, version). */
    static String key(Path appDir, ServiceJdk jdk) {
        try (Stream<Path> files = Files.walk(appDir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((jdk.home() + "\n" + jdk.version() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String line = appDir.relativize(file) + " " + Files.size(file) + " "
                        + Files.getLastModifiedTime(file).toMillis() + "\n";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the build in " + appDir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /**
     * The JVM options that use the cache. In the default {@code AOTMode=auto} a stale, foreign or broken cache
     * only earns a warning in the log and the service starts without it.
     */
    public List<String> useOptions() {
        return List.of("-XX:AOTCache=" + file);
    }

    /**
     * The JVM options of a training run: the JVM writes the cache when it exits (JEP 514). The cache is assembled
     * in a buffer as large as the compressed class space, 80% of MaxMetaspaceSize: at the services' 160 MiB that
     * is 128 MiB, and interactions-service's cache (about 130 MiB) does not fit. Training alone gets more room; a
     * running service maps the cache outside its metaspace, so the services' own cap stays as it is.
     */
    public List<String> trainOptions() {
        return List.of(TRAINING_METASPACE, "-XX:AOTCacheOutput=" + trainingFile());
    }

    /**
     * Takes the cache a finished training run wrote, replacing the service's older caches, and answers whether
     * there was one. Written aside and moved, so an interrupted training never leaves a half cache in place.
     */
    public boolean adoptTraining() {
        Path trained = trainingFile();
        try {
            if (!Files.isRegularFile(trained) || Files.size(trained) == 0) {
                Files.deleteIfExists(trained);
                return false;
            }
            Files.move(trained, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            removeOthers();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the AOT cache " + file, e);
        }
    }

    private Path trainingFile() {
        return file.resolveSibling(file.getFileName() + TRAINING);
    }

    /** Older caches of the same service, trained on earlier builds, are of no further use. */
    private void removeOthers() throws IOException {
        String name = file.getFileName().toString();
        String service = name.substring(0, name.lastIndexOf('-') + 1);
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path other : siblings.toList()) {
                String otherName = other.getFileName().toString();
                if (!other.equals(file) && otherName.startsWith(service) && otherName.endsWith(SUFFIX)
                        && otherName.substring(service.length()).matches("[0-9a-f]{16}\\.aot")) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }
}
