package io.jejaring.kubernetes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration one service reads, from the repository itself: the shared defaults in service-plumbing's
 * microprofile-config.properties, the service's application.properties, the {@code ${…}} expressions in them,
 * and the {@code @ConfigProperty} names in the service's and the plumbing's code.
 */
final class AppConfig {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\s*\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\s*\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("\\bTopics\\.([A-Z_]+)\\b");

    final String service;
    /** The effective values in the prod profile: the service's file over the shared defaults. */
    final Map<String, String> values = new LinkedHashMap<>();
    /** Every property name the files set or refer to, in any profile. */
    final Set<String> names = new LinkedHashSet<>();
    /** The @ConfigProperty names and @ConfigMapping prefixes in the service's and the plumbing's code. */
    final Set<String> codeNames = new LinkedHashSet<>();
    final Set<String> codePrefixes = new LinkedHashSet<>();
    private final String serviceSources;
    private final String plumbingSources;

    private AppConfig(String service) {
        this.service = service;
        load(Repo.PLUMBING.resolve("src/main/resources/META-INF/microprofile-config.properties"));
        load(Repo.service(service).resolve("src/main/resources/application.properties"));
        this.serviceSources = sources(Repo.service(service).resolve("src/main/java"));
        this.plumbingSources = sources(Repo.PLUMBING.resolve("src/main/java"));
        for (String code : List.of(serviceSources, plumbingSources)) {
            CONFIG_PROPERTY.matcher(code).results().forEach(r -> codeNames.add(r.group(1)));
            CONFIG_MAPPING.matcher(code).results().forEach(r -> codePrefixes.add(r.group(1)));
        }
    }

    static AppConfig of(String service) {
        return new AppConfig(service);
    }

    /** The environment variable SmallRye Config maps to a property: non-alphanumerics to _, upper case. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /** Whether the service sets, refers to or injects a property this environment variable maps to. */
    boolean reads(String env) {
        return Stream.concat(names.stream(), codeNames.stream()).anyMatch(name -> envName(name).equals(env))
                || codePrefixes.stream().anyMatch(prefix -> env.startsWith(envName(prefix) + "_"));
    }

    /** Whether the service's own code uses this text (a class, an annotation). */
    boolean serviceCodeMentions(String text) {
        return serviceSources.contains(text);
    }

    boolean plumbingCodeMentions(String text) {
        return plumbingSources.contains(text);
    }

    /** What of the service's and the plumbing's code matches a pattern (empty when nothing does). */
    List<String> codeMatches(Pattern pattern) {
        return Stream.of(serviceSources, plumbingSources)
                .flatMap(code -> pattern.matcher(code).results().map(MatchResult::group)).toList();
    }

    String value(String property) {
        return values.get(property);
    }

    /** The incoming SmallRye channels: name, topic and consumer group. */
    List<Channel> incoming() {
        String prefix = "mp.messaging.incoming.";
        List<Channel> channels = new ArrayList<>();
        values.keySet().stream()
                .filter(k -> k.startsWith(prefix) && k.endsWith(".topic"))
                .forEach(k -> {
                    String channel = k.substring(prefix.length(), k.length() - ".topic".length());
                    channels.add(new Channel(channel, values.get(k), values.get(prefix + channel + ".group.id")));
                });
        return channels;
    }

    /**
     * The topics the app's code appends to the outbox: every Topics.X constant it names, but those it consumes
     * (an app may name the topic it reads, as web does; none writes what it reads).
     */
    Set<String> producedTopics(TopicNames topics) {
        Set<String> produced = new LinkedHashSet<>();
        Matcher m = TOPIC_CONSTANT.matcher(serviceSources);
        while (m.find()) {
            String topic = topics.main.get(m.group(1));
            if (topic != null) {
                produced.add(topic);
            }
        }
        incoming().forEach(channel -> produced.remove(channel.topic()));
        return produced;
    }

    record Channel(String name, String topic, String groupId) {

        /**
         * The group as an ACL grants it: the id itself, or "prefix*" for a group id made per instance at start
         * (web's {@code web-${quarkus.uuid}}: each instance must read every partition).
         */
        String groupGrant() {
            int expression = groupId.indexOf("${");
            return expression < 0 ? groupId : groupId.substring(0, expression) + "*";
        }
    }

    private void load(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repo.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Plain keys first, then %prod ones, which win in production; %dev and %test ones only name properties.
        List<String> keys = properties.stringPropertyNames().stream()
                .sorted((a, b) -> Boolean.compare(a.startsWith("%"), b.startsWith("%"))).toList();
        for (String key : keys) {
            String value = properties.getProperty(key);
            String name = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            names.add(name);
            EXPRESSION.matcher(value).results().forEach(r -> names.add(r.group(1)));
            if (!key.startsWith("%") || key.startsWith("%prod.")) {
                values.put(name, value);
            }
        }
    }

    private static String sources(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(dir)) {
            StringBuilder all = new StringBuilder();
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> all.append(Repo.read(f)).append('\n'));
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
