package io.jejaring.benchmarks.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's account of its missed targets, drawn from the same run: for each missed target, the profile of the
 * service it depends on, taken during the suite that measured it (its CPU layers, its hottest frames and its
 * costliest Jejaring methods, from that suite's {@code PROFILE.md}), and where its flame graph lies.
 */
final class MissedTargets {

    /** How many frames of each list to show beside a target. */
    static final int FRAMES = 5;
    private static final Pattern PROFILE_TITLE = Pattern.compile("^# Where the services spend .* during the (\\w+) suite",
            Pattern.MULTILINE);

    /** The suite whose profile explains a target, and the services to look at, by the target's figure. */
    record Source(String suite, List<String> services) {
    }

    private MissedTargets() {
    }

    static Source sourceOf(String figure) {
        if (figure.contains("write to insight")) {
            return new Source("stream", List.of("insights-service", "interactions-service"));
        }
        if (figure.contains("projection throughput")) {
            return new Source("stream", List.of("insights-service"));
        }
        if (figure.contains("POST /api/v1/contacts")) {
            return new Source("writes", List.of("contacts-service"));
        }
        if (figure.contains("POST /api/v1/interactions")) {
            return new Source("writes", List.of("interactions-service"));
        }
        if (figure.contains("`GET /")) {
            return new Source("reads", List.of("insights-service"));
        }
        if (figure.contains("ready")) {
            List<String> services = SERVICES.stream().filter(figure::contains).toList();
            return new Source("startup", services.isEmpty() ? SERVICES : services);
        }
        return null; // memory: a CPU profile does not explain it
    }

    private static final List<String> SERVICES = List.of("contacts-service", "interactions-service", "insights-service");

    /** The profiles among the sections, by suite: the sections whose title says which suite they were taken in. */
    static Map<String, String> profiles(List<String> sections) {
        Map<String, String> profiles = new LinkedHashMap<>();
        for (String section : sections) {
            Matcher title = PROFILE_TITLE.matcher(section);
            if (title.find()) {
                profiles.put(title.group(1), section);
            }
        }
        return profiles;
    }

    /** The section, or an empty string when every target was met. */
    static String render(List<String> targetRows, List<String> sections, int repeats) {
        Map<String, String> profiles = profiles(sections);
        java.util.Set<String> shown = new java.util.HashSet<>();
        StringBuilder md = new StringBuilder();
        for (String row : targetRows) {
            String[] cells = row.split("\\|", -1);
            if (cells.length < 6 || !cells[4].contains("missed")) {
                continue;
            }
            md.append("### ").append(cells[1].strip()).append(": ").append(cells[3].strip()).append(", target ")
                    .append(cells[2].strip()).append("\n\n");
            Source source = sourceOf(cells[1]);
            if (source == null) {
                if (!cells[1].contains("RSS")) {
                    md.append("No profile is tied to this figure.\n\n");
                } else if (shown.add("memory")) {
                    md.append("No CPU profile explains resident memory, and the reads suite measures it without the "
                            + "profiler, whose agent would change it. Each service's figures are in the reads section "
                            + "below.\n\n");
                } else {
                    md.append("No profile covers it either (see above).\n\n");
                }
                continue;
            }
            String profile = profiles.get(source.suite());
            if (profile == null) {
                md.append("This run took no profile of the ").append(source.suite()).append(" suite")
                        .append(" (run with `--profile`)")
                        .append(".\n\n");
                continue;
            }
            for (String service : source.services()) {
                md.append(shown.add(source.suite() + "/" + service) ? serviceProfile(profile, source.suite(), service)
                        : "**" + service + "** during the " + source.suite() + " suite: its profile is given above.\n\n");
            }
        }
        if (md.length() == 0) {
            return "";
        }
        return "## Why the missed targets are missed: what the profiles show\n\n"
                + "Generated from this run: beside each missed target, the CPU profile of the service it depends on, "
                + "taken by async-profiler during the suite that measured it (layers: the share of samples whose stack "
                + "passes through each; frames: on top of the stack, *self*, or anywhere on it, *total*). Each names its "
                + "flame graph; the whole summaries follow the suites' sections. The reads and start-up profiles come "
                + "from one more run of the reads suite, with the profiler, whose own figures are not used: the reads "
                + "at 100,000 contacts with one client, then each service started alone."
                + (repeats > 1 ? " With `--repeat " + repeats + "`, each run's recording replaces the one before: the "
                        + "profiles are the last run's." : "")
                + "\n\n" + md;
    }

    /** One service's CPU profile during a suite, in a few lines. */
    static String serviceProfile(String profile, String suite, String service) {
        String cpu = cpuSection(profile, service);
        StringBuilder md = new StringBuilder();
        md.append("**").append(service).append("** during the ").append(suite).append(" suite (flame graph: `benchmarks/")
                .append("target/profiles/").append(suite).append('/').append(service).append("-cpu.html`)");
        if (cpu == null) {
            return md.append(": not in the profile.\n\n").toString();
        }
        md.append(":\n\n");
        line(md, "layers", rows(cpu, "| Layer |", Integer.MAX_VALUE));
        line(md, "top frames by self samples", rows(cpu, "Top " , FRAMES, "by self"));
        line(md, "Jejaring methods by total samples", rows(cpu, "Top ", FRAMES, "Jejaring methods"));
        return md.append('\n').toString();
    }

    private static void line(StringBuilder md, String title, List<String> items) {
        if (!items.isEmpty()) {
            md.append("- ").append(title).append(": ").append(String.join(", ", items)).append('\n');
        }
    }

    /** The CPU part of one service's section of a profile summary; null when the service is not in it. */
    static String cpuSection(String profile, String service) {
        int start = profile.indexOf("\n## " + service + "\n");
        if (start < 0) {
            return null;
        }
        int end = profile.indexOf("\n## ", start + 4);
        String section = profile.substring(start, end < 0 ? profile.length() : end);
        int cpu = section.indexOf("\n### CPU");
        int alloc = section.indexOf("\n### Allocations");
        return cpu < 0 ? null : section.substring(cpu, alloc > cpu ? alloc : section.length());
    }

    /**
     * The first {@code limit} rows, as "name share", of the table under the line starting with {@code start} (and
     * containing {@code contains}): the line is the table's header itself, or a title a blank line before it.
     */
    static List<String> rows(String text, String start, int limit, String... contains) {
        List<String> rows = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith(start) || !List.of(contains).stream().allMatch(lines[i]::contains)) {
                continue;
            }
            int j = i + 1;
            while (j < lines.length && !lines[j].startsWith("|---")) {
                j++;
            }
            for (j++; j < lines.length && lines[j].startsWith("|") && rows.size() < limit; j++) {
                String[] cells = lines[j].split("(?<!\\\\)\\|", -1);
                rows.add(cells[1].strip() + " " + cells[cells.length - 2].strip());
            }
            return rows;
        }
        return rows;
    }
}
