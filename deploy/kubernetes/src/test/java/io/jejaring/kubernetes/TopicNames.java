package io.jejaring.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The topic names declared in events/…/Topics.java, read from its source so this module needs no build of it. */
final class TopicNames {

    private static final Pattern CONSTANT =
            Pattern.compile("(public|private)\\s+static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]*)\"\\s*;");

    /** The public constants, e.g. CONTACTS = jejaring.contacts.v1. */
    final Map<String, String> main = new LinkedHashMap<>();
    final String deadLetterSuffix;

    private TopicNames(String source) {
        String suffix = null;
        Matcher m = CONSTANT.matcher(source);
        while (m.find()) {
            if (m.group(1).equals("public")) {
                main.put(m.group(2), m.group(3));
            } else if (m.group(2).contains("SUFFIX")) {
                suffix = m.group(3);
            }
        }
        if (main.isEmpty() || suffix == null) {
            throw new IllegalStateException("Topics.java no longer declares its topics as this test expects");
        }
        this.deadLetterSuffix = suffix;
    }

    static TopicNames read() {
        return new TopicNames(Repo.read(Repo.ROOT.resolve("events/src/main/java/io/jejaring/events/Topics.java")));
    }

    String deadLetter(String topic) {
        return topic + deadLetterSuffix;
    }

    /** What Topics.all() returns: the main topics, then their dead-letter topics. */
    List<String> all() {
        List<String> all = new ArrayList<>(main.values());
        main.values().forEach(topic -> all.add(deadLetter(topic)));
        return all;
    }
}
